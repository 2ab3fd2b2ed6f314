package io.netledger.api.billing;

import java.time.Instant;
import java.time.LocalDate;

/** A billing run as its operator follows it; {@code finishedAt} is null while it runs. */
public record BillingRunView(long id, LocalDate runDate, BillingRunStatus status, BillingRunCounts counts,
        String lastError, Long startedBy, Instant startedAt, Instant finishedAt) {
}
