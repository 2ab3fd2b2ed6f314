package io.netledger.command.plan;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

/**
 * A real {@link PlanLookup} for other aggregates' fixtures, reading service plans from an
 * in-memory event store that holds the events a test gives.
 */
public final class PlanLookups {

    private PlanLookups() {
    }

    /** {@code events} are ServicePlanCreated, -Changed, -Deactivated… each naming its plan. */
    public static PlanLookup of(Object... events) {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine())
                .build();
        Map<String, Long> sequences = new HashMap<>();
        for (Object event : events) {
            String planId = String.valueOf(planIdOf(event));
            long sequence = sequences.merge(planId, 0L, (last, zero) -> last + 1);
            store.publish(new GenericDomainEventMessage<>("ServicePlan", planId, sequence, event));
        }
        return new PlanLookup(store);
    }

    private static long planIdOf(Object event) {
        try {
            return (long) event.getClass().getMethod("planId").invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("not a service plan event: " + event, e);
        }
    }
}
