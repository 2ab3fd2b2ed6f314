package io.netledger.api.subscription;

import io.netledger.api.AuditAction;

@AuditAction("expire")
public record SubscriptionExpired(long subscriptionId) {
}
