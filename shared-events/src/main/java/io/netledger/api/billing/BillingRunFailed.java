package io.netledger.api.billing;

public record BillingRunFailed(long billingRunId, String reason) {
}
