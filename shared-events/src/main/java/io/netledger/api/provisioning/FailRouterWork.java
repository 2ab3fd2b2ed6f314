package io.netledger.api.provisioning;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The saga gave up: the router refused for good, or the retries are spent. {@code compensation} says what it
 * did about it (e.g. "PPP secret disabled again; subscription suspended"), so staff know where things stand.
 *
 * @param suspend whether the books follow the router: work that should have given the customer service
 *                (provision, restore) failed, so the subscription is suspended as
 *                {@code provisioning_failed} by the same command, right after the failure is recorded
 */
public record FailRouterWork(
        @TargetAggregateIdentifier long subscriptionId,
        RouterOperation operation,
        String step,
        int attempts,
        String error,
        String compensation,
        boolean suspend) {
}
