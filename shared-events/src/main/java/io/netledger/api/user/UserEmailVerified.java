package io.netledger.api.user;

import io.netledger.api.AuditAction;

@AuditAction("verify_email")
public record UserEmailVerified(long userId) {
}
