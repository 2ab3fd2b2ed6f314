package io.netledger.api.billing;

/** The run's totals once every active subscription up to {@code afterId} was dealt with. */
public record BillingRunProgressed(long billingRunId, long afterId, BillingRunCounts counts, String lastError) {
}
