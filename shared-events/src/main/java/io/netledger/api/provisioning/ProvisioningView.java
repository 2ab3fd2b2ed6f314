package io.netledger.api.provisioning;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;

/**
 * Where the sagas are with a subscription's router account: the last operation and its state
 * ({@code in_progress}, {@code retrying}, {@code completed}, {@code failed}), the step that last failed,
 * how many attempts were made, the last error and when the next attempt is due.
 */
public record ProvisioningView(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long subscriptionId,
        RouterOperation operation,
        String state,
        String cause,
        String step,
        int attempts,
        String lastError,
        Instant nextAttemptAt,
        String compensation,
        Instant startedAt,
        Instant updatedAt) {
}
