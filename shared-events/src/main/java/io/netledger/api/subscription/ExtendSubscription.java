package io.netledger.api.subscription;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Moves the end date on: a new period starts where the old one ended. */
public record ExtendSubscription(
        @TargetAggregateIdentifier long subscriptionId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate endDate) {
}
