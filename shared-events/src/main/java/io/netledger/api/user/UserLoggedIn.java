package io.netledger.api.user;

import io.netledger.api.AuditAction;

@AuditAction("login")
public record UserLoggedIn(long userId) {
}
