package io.netledger.api.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record UpdateUserProfile(
        @TargetAggregateIdentifier long userId,
        @TargetAggregateVersion Long expectedVersion,
        UserProfile profile) {
}
