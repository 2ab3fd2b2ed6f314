package io.netledger.api.subscription;

import io.netledger.api.AuditAction;
import java.time.LocalDate;

/** The plan's normal terms are back; {@code reason} is {@code period_ended} or {@code staff}. */
@AuditAction("fair_usage_lifted")
public record FairUsageLifted(long subscriptionId, LocalDate periodStart, String reason) {
}
