package io.netledger.api.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Sets a new password, as a bcrypt hash only. Whoever sends it has checked the right to:
 * the account's current password, or the ADMIN role; {@code expectedVersion} is the
 * version that check saw, so a change made in between is refused.
 */
public record ChangePassword(
        @TargetAggregateIdentifier long userId,
        @TargetAggregateVersion Long expectedVersion,
        String passwordHash) {
}
