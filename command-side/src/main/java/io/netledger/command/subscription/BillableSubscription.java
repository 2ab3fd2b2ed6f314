package io.netledger.command.subscription;

import io.netledger.api.Money;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.subscription.SubscriptionStatus;

/** What billing needs of a subscription: whose it is, and its price and cycle as sold. */
public record BillableSubscription(long subscriptionId, long customerId, Money price, BillingCycle billingCycle,
                                   SubscriptionStatus status) {
}
