package io.netledger.api.user;

import io.netledger.api.AuditAction;

/** Tokens issued before it stop working; the audit log records the change, never the hash. */
@AuditAction("change_password")
public record PasswordChanged(long userId, String passwordHash) {
}
