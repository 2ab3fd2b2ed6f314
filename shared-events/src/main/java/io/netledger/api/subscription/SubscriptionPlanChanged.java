package io.netledger.api.subscription;

import io.netledger.api.AuditAction;
import io.netledger.api.Money;
import io.netledger.api.plan.BillingCycle;

/** A scheduled plan change took effect: the period that started now is billed at the new price. */
@AuditAction("change_plan")
public record SubscriptionPlanChanged(
        long subscriptionId,
        long servicePlanId,
        Money price,
        BillingCycle billingCycle) {
}
