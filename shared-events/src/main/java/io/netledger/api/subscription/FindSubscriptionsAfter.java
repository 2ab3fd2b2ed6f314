package io.netledger.api.subscription;

/**
 * Up to {@code limit} subscriptions in {@code status} with an id above {@code afterId}, by id:
 * a walk over all of them that neither skips nor repeats one while others are added, and
 * costs the same on its last step as on its first. Answers a {@link SubscriptionList}.
 */
public record FindSubscriptionsAfter(SubscriptionStatus status, long afterId, int limit) {
}
