package io.netledger.api.user;

import io.netledger.api.AuditAction;

/**
 * A customer's login is erased with him ({@code CustomerErased}): shut for good, its personal data unreadable.
 * The read models blank the login on the customer's event; this one is the login's own history.
 */
@AuditAction("erase")
public record LoginErased(long userId, long customerId) {
}
