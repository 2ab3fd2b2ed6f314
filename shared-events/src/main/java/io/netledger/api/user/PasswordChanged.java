package io.netledger.api.user;

import io.netledger.api.AuditAction;

/** Tokens issued before this event stop working. */
@AuditAction("change_password")
public record PasswordChanged(long userId, String passwordHash) {
}
