package io.netledger.api.subscription;

import io.netledger.api.AuditAction;
import java.time.LocalDate;

/** The subscription reached its plan's data limit in the period: its fair-usage terms hold until it ends. */
@AuditAction("fair_usage_applied")
public record FairUsageApplied(long subscriptionId, LocalDate periodStart, LocalDate periodEnd, long usedBytes,
                               long limitBytes) {
}
