package io.netledger.command;

import java.util.Optional;
import java.util.function.Function;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.FixedValueParameterResolver;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

/**
 * What one aggregate is now, folded from its events by its own event-sourcing handlers, for a
 * handler of another aggregate to read. Not loaded through the repository: that would lock the
 * aggregate until the caller's unit of work commits (so every subscription sold on one plan, and
 * every invoice of one subscription, would queue behind one another) and enrol it in that unit
 * of work. The event store is read in the caller's transaction, so a write committed a moment ago
 * is seen at once, which the read model cannot promise; and there is nothing to keep up to date or
 * to rebuild.
 *
 * @param <A> the aggregate type; only its state is read, no command ever reaches it
 */
public final class CurrentState<A> {

    private final EventStore events;
    private final AggregateModel<A> model;
    private final GenericAggregateFactory<A> factory;

    public CurrentState(Class<A> type, EventStore events) {
        this.events = events;
        this.model = AnnotatedAggregateMetaModelFactory.inspectAggregate(type, onlyEventsResolved(type));
        this.factory = new GenericAggregateFactory<>(model);
    }

    /** {@code read} applied to the aggregate as its events leave it; empty when it has none. */
    public <R> Optional<R> read(long aggregateId, Function<A, R> read) {
        String id = String.valueOf(aggregateId);
        DomainEventStream stream = events.readEvents(id);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        A root = factory.createAggregateRoot(id, stream.peek());
        EventSourcedAggregate<A> aggregate = EventSourcedAggregate.initialize(root, model, null,
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(stream);
        return Optional.ofNullable(aggregate.invoke(read));
    }

    /**
     * The aggregate's command handlers take Spring beans (a {@code PlanLookup}) that only Axon's configured
     * resolvers know; outside that configuration inspecting them would fail, although no command ever
     * reaches this copy. Event-sourcing handlers resolve as usual; anything else resolves to nothing.
     */
    private static ParameterResolverFactory onlyEventsResolved(Class<?> type) {
        ParameterResolverFactory neverCalled = (executable, parameters, index) -> new FixedValueParameterResolver<>(null);
        return new MultiParameterResolverFactory(ClasspathParameterResolverFactory.forClass(type), neverCalled);
    }
}
