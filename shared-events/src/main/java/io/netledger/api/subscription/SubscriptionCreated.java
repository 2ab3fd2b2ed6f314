package io.netledger.api.subscription;

import io.netledger.api.AuditAction;
import io.netledger.api.Money;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.secret.Sealed;
import java.time.LocalDate;

@AuditAction("create")
public record SubscriptionCreated(
        long subscriptionId,
        long customerId,
        long servicePlanId,
        long nasServerId,
        String username,
        Sealed passwordEncrypted,
        Money price,
        BillingCycle billingCycle,
        LocalDate startDate) {
}
