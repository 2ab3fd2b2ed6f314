package io.netledger.api.user;

import io.netledger.api.AuditAction;

@AuditAction("activate")
public record UserActivated(long userId) {
}
