package io.netledger.api.subscription;

import io.netledger.api.AuditAction;

@AuditAction("suspend")
public record SubscriptionSuspended(long subscriptionId, String reason) {
}
