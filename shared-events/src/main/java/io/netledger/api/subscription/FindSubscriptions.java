package io.netledger.api.subscription;

import io.netledger.api.PageSpec;

/** Answers a {@link SubscriptionPage}; null filters match everything. */
public record FindSubscriptions(
        SubscriptionStatus status,
        Long nasServerId,
        Long servicePlanId,
        Long customerId,
        PageSpec page) {
}
