package io.netledger.api.provisioning;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The router now holds what the books say. {@code mikrotikId} is the router's id for the account when the
 * operation wrote one (provision, restore, sync), else null; {@code mikrotikConfig} what was written.
 */
public record CompleteRouterWork(
        @TargetAggregateIdentifier long subscriptionId,
        RouterOperation operation,
        int attempts,
        String mikrotikId,
        Map<String, Object> mikrotikConfig) {
}
