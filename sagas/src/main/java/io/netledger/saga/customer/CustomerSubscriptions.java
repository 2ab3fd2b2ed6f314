package io.netledger.saga.customer;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.netledger.api.customer.CustomerReactivated;
import io.netledger.api.customer.CustomerStatus;
import io.netledger.api.customer.CustomerSuspended;
import io.netledger.api.customer.CustomerTerminated;
import io.netledger.api.subscription.ReactivateSubscription;
import io.netledger.api.subscription.SubscriptionActivated;
import io.netledger.api.subscription.SubscriptionCreated;
import io.netledger.api.subscription.SubscriptionExpired;
import io.netledger.api.subscription.SubscriptionReactivated;
import io.netledger.api.subscription.SubscriptionStatus;
import io.netledger.api.subscription.SubscriptionSuspended;
import io.netledger.api.subscription.SubscriptionTerminated;
import io.netledger.api.subscription.SuspendSubscription;
import io.netledger.api.subscription.TerminateSubscription;
import io.netledger.saga.SagaCommands;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keeps a customer's subscriptions in line with the customer: his termination terminates every subscription of
 * his that is not terminated yet; while he is suspended none of his subscriptions gives service; his
 * reactivation gives back what his suspension took. Only through the subscription commands, so the router saga
 * follows each one as it follows staff's (the secret disabled or isolated, enabled again, removed). One saga per
 * customer while he has a subscription that is not terminated: a customer without one needs nothing carried,
 * and registering customers stays as cheap as it was.
 *
 * <ul>
 *   <li>A suspension suspends his active subscriptions as {@code customer_suspended}. One that becomes active
 *       while he is suspended (paid, renewed, reactivated) is suspended again: the customer's suspension
 *       governs, and reactivating the customer is how staff lift it.</li>
 *   <li>A reactivation reactivates only the subscriptions suspended as {@code customer_suspended}. One that was
 *       already suspended for a reason of its own (an overdue invoice, staff) stays suspended, and so does one
 *       that expired meanwhile: they come back the way they would have without him.</li>
 *   <li>A termination terminates each open subscription as {@code customer_terminated}.</li>
 * </ul>
 *
 * <p>It learns his subscriptions from their events, kept in its state, never from a read model that may lag.
 * Every command is safe to send twice (a redelivered event): a second suspension or reactivation changes
 * nothing, a second termination is refused and logged by {@link SagaCommands}, as is one of a subscription
 * staff terminated a moment earlier. Subscriptions created before this saga's processor first ran are unknown
 * to it (see docs/adr/0013).
 *
 * <p>Public only because Axon creates sagas through their public constructor; nothing else may use it.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class CustomerSubscriptions {

    private static final String CUSTOMER = "customerId";
    private static final String SUBSCRIPTION = "subscriptionId";

    @Autowired
    private transient SagaCommands commands;
    @Autowired
    private transient EventStore events;

    private long customerId;
    /** As his events leave him; null for a customer with no events in the store. */
    private CustomerStatus customer;
    /** His subscriptions that are not terminated, as their events left them. */
    private final Map<Long, SubscriptionStatus> subscriptions = new LinkedHashMap<>();
    /** Those suspended because he is. */
    private final Set<Long> heldForCustomer = new LinkedHashSet<>();

    /**
     * His first open subscription starts the saga, from his status in the event store: a subscription sold to a
     * suspended customer is suspended once paid, and one created while his termination was being stored (the
     * books refuse new ones after it) is terminated.
     */
    @StartSaga
    @SagaEventHandler(associationProperty = CUSTOMER)
    void on(SubscriptionCreated event) {
        if (customerId == 0) {
            customerId = event.customerId();
            customer = CustomerHistory.statusOf(events, customerId).orElse(null);
        }
        SagaLifecycle.associateWith(SUBSCRIPTION, event.subscriptionId());
        subscriptions.putIfAbsent(event.subscriptionId(), SubscriptionStatus.PENDING);
        if (customer == CustomerStatus.TERMINATED) {
            terminate(event.subscriptionId());
        }
    }

    @SagaEventHandler(associationProperty = CUSTOMER)
    void on(CustomerSuspended event) {
        if (customer == CustomerStatus.SUSPENDED) {
            return;
        }
        customer = CustomerStatus.SUSPENDED;
        in(SubscriptionStatus.ACTIVE).forEach(this::suspend);
    }

    @SagaEventHandler(associationProperty = CUSTOMER)
    void on(CustomerReactivated event) {
        if (customer == CustomerStatus.ACTIVE) {
            return;
        }
        customer = CustomerStatus.ACTIVE;
        in(SubscriptionStatus.SUSPENDED).stream().filter(heldForCustomer::contains).forEach(this::reactivate);
    }

    @SagaEventHandler(associationProperty = CUSTOMER)
    void on(CustomerTerminated event) {
        if (customer == CustomerStatus.TERMINATED) {
            return;
        }
        customer = CustomerStatus.TERMINATED;
        List.copyOf(subscriptions.keySet()).forEach(this::terminate);
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionActivated event) {
        backInService(event.subscriptionId());
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionReactivated event) {
        backInService(event.subscriptionId());
    }

    /**
     * A suspension of his is recognised by its reason, as it lands; if he was reactivated before it did (staff
     * were quick), it is lifted at once.
     */
    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionSuspended event) {
        long id = event.subscriptionId();
        subscriptions.put(id, SubscriptionStatus.SUSPENDED);
        if (SuspendSubscription.CUSTOMER_SUSPENDED.equals(event.reason())) {
            heldForCustomer.add(id);
            if (customer == CustomerStatus.ACTIVE) {
                reactivate(id);
            }
        } else {
            heldForCustomer.remove(id);
        }
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionExpired event) {
        subscriptions.put(event.subscriptionId(), SubscriptionStatus.EXPIRED);
        heldForCustomer.remove(event.subscriptionId());
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionTerminated event) {
        subscriptions.remove(event.subscriptionId());
        heldForCustomer.remove(event.subscriptionId());
        SagaLifecycle.removeAssociationWith(SUBSCRIPTION, event.subscriptionId());
        endOnceNoneIsLeft();
    }

    private void backInService(long id) {
        subscriptions.put(id, SubscriptionStatus.ACTIVE);
        heldForCustomer.remove(id);
        if (customer == CustomerStatus.SUSPENDED) {
            suspend(id);
        }
    }

    private List<Long> in(SubscriptionStatus status) {
        return subscriptions.entrySet().stream().filter(s -> s.getValue() == status).map(Map.Entry::getKey).toList();
    }

    private void suspend(long subscriptionId) {
        commands.send(new SuspendSubscription(subscriptionId, null, SuspendSubscription.CUSTOMER_SUSPENDED));
    }

    private void reactivate(long subscriptionId) {
        commands.send(new ReactivateSubscription(subscriptionId, null));
    }

    private void terminate(long subscriptionId) {
        commands.send(new TerminateSubscription(subscriptionId, null, TerminateSubscription.CUSTOMER_TERMINATED));
    }

    /** His next subscription starts a saga again, from his status then. */
    private void endOnceNoneIsLeft() {
        if (subscriptions.isEmpty()) {
            SagaLifecycle.end();
        }
    }
}
