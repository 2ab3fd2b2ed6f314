package io.netledger.api.billing;

import io.netledger.api.AuditAction;
import java.time.LocalDate;

/** {@code startedBy} is null for the daily schedule. */
@AuditAction("create")
public record BillingRunStarted(long billingRunId, LocalDate runDate, Long startedBy) {
}
