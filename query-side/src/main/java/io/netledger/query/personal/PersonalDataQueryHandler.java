package io.netledger.query.personal;

import io.netledger.api.customer.CustomerErased;
import io.netledger.api.customer.CustomerRegistered;
import io.netledger.api.personal.FindPersonalData;
import io.netledger.api.personal.PersonalDataExport;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A customer's personal data from the event store, the one place that holds every value it was ever given: the read
 * models keep only the latest, and not every field. His own stream first, then his logins', subscriptions' and
 * invoices'.
 */
@Component
class PersonalDataQueryHandler {

    private final EventStore events;
    private final CustomerAggregates aggregates;

    PersonalDataQueryHandler(EventStore events, JdbcTemplate jdbc) {
        this.events = events;
        this.aggregates = new CustomerAggregates(jdbc);
    }

    @QueryHandler
    Optional<PersonalDataExport> handle(FindPersonalData query) {
        long customerId = query.customerId();
        List<DomainEventMessage<?>> own = streamOf(customerId);
        // Any aggregate's id has a stream; only a customer's begins with his registration.
        if (own.isEmpty() || !(own.get(0).getPayload() instanceof CustomerRegistered registered)) {
            return Optional.empty();
        }
        Optional<DomainEventMessage<?>> erasure = own.stream()
                .filter(message -> message.getPayload() instanceof CustomerErased).findFirst();
        Set<Long> logins = new LinkedHashSet<>(aggregates.loginsOf(customerId));
        // The logins erased with him are his even if the users table no longer says so.
        erasure.ifPresent(message -> logins.addAll(((CustomerErased) message.getPayload()).userIds()));

        PersonalHistory history = new PersonalHistory(customerId, logins);
        history.read(own);
        logins.forEach(login -> history.read(streamOf(login)));
        aggregates.subscriptionsOf(customerId).forEach(subscription -> history.read(streamOf(subscription)));
        aggregates.invoicesOf(customerId).forEach(invoice -> history.read(streamOf(invoice)));
        return Optional.of(new PersonalDataExport(customerId, registered.customerCode(), erasure.isPresent(),
                erasure.map(message -> message.getTimestamp().atOffset(ZoneOffset.UTC)).orElse(null),
                history.current(), history.history()));
    }

    /** From the first event on: a snapshot, should one ever be taken, would hide the values before it. */
    private List<DomainEventMessage<?>> streamOf(long aggregateId) {
        List<DomainEventMessage<?>> stream = new ArrayList<>();
        events.readEvents(String.valueOf(aggregateId), 0).forEachRemaining(stream::add);
        return stream;
    }
}
