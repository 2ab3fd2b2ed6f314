package io.netledger.api.billing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Bills every active subscription for the period {@code runDate} falls in. {@code startedBy} is the
 * administrator who asked for it, or null for the daily schedule.
 */
public record StartBillingRun(@TargetAggregateIdentifier long billingRunId, LocalDate runDate, Long startedBy) {
}
