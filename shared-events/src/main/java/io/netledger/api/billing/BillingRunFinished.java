package io.netledger.api.billing;

/** The run's final totals. */
public record BillingRunFinished(long billingRunId, BillingRunCounts counts, String lastError) {
}
