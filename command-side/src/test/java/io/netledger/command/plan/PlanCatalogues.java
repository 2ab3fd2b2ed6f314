package io.netledger.command.plan;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

/**
 * A real {@link PlanCatalogue} for other aggregates' fixtures: an event-sourced repository
 * of service plans over an in-memory event store, holding the events a test gives.
 */
public final class PlanCatalogues {

    private PlanCatalogues() {
    }

    /** {@code events} are ServicePlanCreated, -Changed, -Deactivated… each naming its plan. */
    public static PlanCatalogue of(Object... events) {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine())
                .build();
        Map<String, Long> sequences = new HashMap<>();
        for (Object event : events) {
            String planId = String.valueOf(planIdOf(event));
            long sequence = sequences.merge(planId, 0L, (last, zero) -> last + 1);
            store.publish(new GenericDomainEventMessage<>("ServicePlan", planId, sequence, event));
        }
        return new PlanCatalogue(EventSourcingRepository.builder(ServicePlan.class).eventStore(store).build());
    }

    private static long planIdOf(Object event) {
        try {
            return (long) event.getClass().getMethod("planId").invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("not a service plan event: " + event, e);
        }
    }
}
