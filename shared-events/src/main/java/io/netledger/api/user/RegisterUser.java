package io.netledger.api.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a login. The password arrives already bcrypt-hashed: plaintext never enters a
 * message. A CUSTOMER login belongs to exactly one customer, named by {@code customerId};
 * staff and administrators have none. A customer's login without a {@code name} is named
 * after the customer.
 */
public record RegisterUser(
        @TargetAggregateIdentifier long userId,
        String name,
        String email,
        String passwordHash,
        Role role,
        Long customerId) {

    /** A staff or administrator login. */
    public RegisterUser(long userId, String name, String email, String passwordHash, Role role) {
        this(userId, name, email, passwordHash, role, null);
    }
}
