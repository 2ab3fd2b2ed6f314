package io.netledger.api.subscription;

import io.netledger.api.AuditAction;
import io.netledger.api.Money;
import io.netledger.api.plan.BillingCycle;
import java.time.LocalDate;

/** A plan change waiting for the next period, which starts at {@code effectiveFrom}. */
@AuditAction("schedule_plan_change")
public record SubscriptionPlanChangeScheduled(
        long subscriptionId,
        long servicePlanId,
        Money price,
        BillingCycle billingCycle,
        LocalDate effectiveFrom) {
}
