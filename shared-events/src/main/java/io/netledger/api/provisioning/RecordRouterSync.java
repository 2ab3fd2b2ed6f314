package io.netledger.api.provisioning;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** What the router holds for this subscription: its RouterOS id ({@code .id} of the PPP secret) and settings. */
public record RecordRouterSync(
        @TargetAggregateIdentifier long subscriptionId,
        @TargetAggregateVersion Long expectedVersion,
        String mikrotikId, Map<String, Object> mikrotikConfig) {
}
