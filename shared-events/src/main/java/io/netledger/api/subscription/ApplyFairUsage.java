package io.netledger.api.subscription;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The poller's word that the subscription used {@code usedBytes} of its plan's {@code limitBytes} in the billing
 * period from {@code periodStart} to {@code periodEnd} (exclusive): its fair-usage terms apply until then.
 */
public record ApplyFairUsage(@TargetAggregateIdentifier long subscriptionId, LocalDate periodStart,
                             LocalDate periodEnd, long usedBytes, long limitBytes) {
}
