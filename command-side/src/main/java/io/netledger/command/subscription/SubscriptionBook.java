package io.netledger.command.subscription;

import io.netledger.api.NotFound;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** What other command handlers may read of a subscription, from its aggregate (the read model may lag). */
@Component
public class SubscriptionBook {

    private final Repository<Subscription> subscriptions;

    SubscriptionBook(Repository<Subscription> subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** {@link NotFound} for an unknown subscription. */
    public BillableSubscription billable(long subscriptionId) {
        try {
            return subscriptions.load(String.valueOf(subscriptionId)).invoke(Subscription::billable);
        } catch (AggregateNotFoundException e) {
            throw new NotFound("subscription " + subscriptionId + " does not exist");
        }
    }
}
