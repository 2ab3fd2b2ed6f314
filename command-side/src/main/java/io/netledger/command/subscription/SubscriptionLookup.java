package io.netledger.command.subscription;

import io.netledger.api.NotFound;
import io.netledger.command.CurrentState;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** What other command handlers may read of a subscription, from its events (the read model may lag). */
@Component
public class SubscriptionLookup {

    private final CurrentState<Subscription> subscriptions;

    SubscriptionLookup(EventStore events) {
        this.subscriptions = new CurrentState<>(Subscription.class, events);
    }

    /** {@link NotFound} for an unknown subscription. */
    public BillableSubscription billable(long subscriptionId) {
        return subscriptions.read(subscriptionId, Subscription::billable)
                .orElseThrow(() -> new NotFound("subscription " + subscriptionId + " does not exist"));
    }
}
