package io.netledger.command.subscription;

import io.netledger.api.Money;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.subscription.SubscriptionStatus;
import java.time.LocalDate;

/** What billing needs of a subscription: whose it is, its price and cycle as sold, and the day its periods count from. */
public record BillableSubscription(long subscriptionId, long customerId, Money price, BillingCycle billingCycle,
                                   SubscriptionStatus status, LocalDate startDate) {
}
