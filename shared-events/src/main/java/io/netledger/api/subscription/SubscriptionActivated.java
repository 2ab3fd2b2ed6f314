package io.netledger.api.subscription;

import io.netledger.api.AuditAction;
import java.time.LocalDate;

@AuditAction("activate")
public record SubscriptionActivated(long subscriptionId, LocalDate endDate) {
}
