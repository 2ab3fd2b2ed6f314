package io.netledger.api.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A user changes their own password. The caller has checked the current password against
 * {@code currentPasswordHash}; the change applies only while that is still the account's
 * hash, so a password changed in between is not overwritten. Only bcrypt hashes travel:
 * plaintext never enters a message.
 */
public record ChangePassword(@TargetAggregateIdentifier long userId, String currentPasswordHash,
                             String newPasswordHash) {
}
