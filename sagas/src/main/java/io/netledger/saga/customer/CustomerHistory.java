package io.netledger.saga.customer;

import io.netledger.api.customer.CustomerReactivated;
import io.netledger.api.customer.CustomerRegistered;
import io.netledger.api.customer.CustomerStatus;
import io.netledger.api.customer.CustomerSuspended;
import io.netledger.api.customer.CustomerTerminated;
import java.util.Iterator;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * A customer's status as his own events in the event store leave it (never the read model, which may lag):
 * where the saga starts from when his first subscription appears, and what it sees of a termination stored
 * while that subscription was being created.
 */
final class CustomerHistory {

    private CustomerHistory() {
    }

    /** Empty for a customer with no events. */
    static Optional<CustomerStatus> statusOf(EventStore events, long customerId) {
        CustomerStatus status = null;
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(String.valueOf(customerId));
        while (stream.hasNext()) {
            Object payload = stream.next().getPayload();
            if (payload instanceof CustomerRegistered || payload instanceof CustomerReactivated) {
                status = CustomerStatus.ACTIVE;
            } else if (payload instanceof CustomerSuspended) {
                status = CustomerStatus.SUSPENDED;
            } else if (payload instanceof CustomerTerminated) {
                status = CustomerStatus.TERMINATED;
            }
        }
        return Optional.ofNullable(status);
    }
}
