package io.netledger.api.provisioning;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The saga gave up: the router refused for good, or the retries are spent. {@code compensation} says what it
 * did about it (e.g. "PPP secret disabled again; subscription suspended"), so staff know where things stand.
 */
public record FailRouterWork(
        @TargetAggregateIdentifier long subscriptionId,
        RouterOperation operation,
        String step,
        int attempts,
        String error,
        String compensation) {
}
