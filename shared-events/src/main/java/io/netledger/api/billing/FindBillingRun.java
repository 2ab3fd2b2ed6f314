package io.netledger.api.billing;

/** Answers a {@link BillingRunView}, or nothing when no run has this id. */
public record FindBillingRun(long billingRunId) {
}
