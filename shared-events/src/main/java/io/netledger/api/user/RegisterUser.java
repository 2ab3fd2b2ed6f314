package io.netledger.api.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a login. The password arrives already bcrypt-hashed: plaintext never enters a message. */
public record RegisterUser(
        @TargetAggregateIdentifier long userId,
        String name,
        String email,
        String passwordHash,
        Role role) {
}
