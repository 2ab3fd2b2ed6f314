package io.netledger.api.subscription;

import io.netledger.api.AuditAction;
import java.time.LocalDate;

@AuditAction("extend")
public record SubscriptionExtended(long subscriptionId, LocalDate endDate) {
}
