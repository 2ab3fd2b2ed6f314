package io.netledger.api.subscription;

import io.netledger.api.AuditAction;

@AuditAction("terminate")
public record SubscriptionTerminated(long subscriptionId, String reason) {
}
