package io.netledger.api.user;

import io.netledger.api.AuditAction;

@AuditAction("create")
public record UserRegistered(long userId, String name, String email, String passwordHash, Role role) {
}
