package io.netledger.api.provisioning;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A router call failed in a way that may pass (router rebooting, connection dropped); the saga tries again at
 * {@code nextAttemptAt}.
 *
 * @param attempt how many attempts have failed so far, the first call included
 * @param step    the call that failed, e.g. {@code ensure_ppp_secret}
 */
public record ScheduleRouterRetry(
        @TargetAggregateIdentifier long subscriptionId,
        RouterOperation operation,
        String step,
        int attempt,
        String error,
        Instant nextAttemptAt) {
}
