package io.netledger.api.user;

import io.netledger.api.AuditAction;

/** {@code users.email_verified_at} is the time of this event. */
@AuditAction("verify_email")
public record UserEmailVerified(long userId) {
}
