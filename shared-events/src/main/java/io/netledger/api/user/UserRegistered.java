package io.netledger.api.user;

import io.netledger.api.AuditAction;

/** {@code customerId} is the customer a CUSTOMER login belongs to; null for staff and administrators. */
@AuditAction("create")
public record UserRegistered(long userId, String name, String email, String passwordHash, Role role, Long customerId) {
}
