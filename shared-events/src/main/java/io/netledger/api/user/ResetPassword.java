package io.netledger.api.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator sets another user's password without knowing the current one; bcrypt hash only. */
public record ResetPassword(@TargetAggregateIdentifier long userId, String newPasswordHash, long actingUserId) {
}
