package io.netledger.api.subscription;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Marks a pending (or expired, on renewal) subscription active until {@code endDate}. */
public record ActivateSubscription(
        @TargetAggregateIdentifier long subscriptionId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate endDate) {
}
