package io.netledger.api.subscription;

import io.netledger.api.AuditAction;

@AuditAction("reactivate")
public record SubscriptionReactivated(long subscriptionId) {
}
