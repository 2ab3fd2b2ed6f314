package io.netledger.api.subscription;

/** Answers an optional {@link SubscriptionView}. */
public record FindSubscription(long subscriptionId) {
}
