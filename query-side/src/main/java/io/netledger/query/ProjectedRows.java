package io.netledger.query;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The repository of a projected table, with the one update every projection makes. */
@NoRepositoryBean
public interface ProjectedRows<R extends ProjectedRow> extends JpaRepository<R, Long> {

    /**
     * Applies an event's change to the row of {@code id} and stamps the row with the event.
     * A row the table does not hold is left alone: the event changes nothing that is shown.
     */
    default void update(long id, Instant at, long version, Consumer<? super R> change) {
        findById(id).ifPresent(row -> {
            change.accept(row);
            row.touched(at, version);
            save(row);
        });
    }

    /**
     * Loads with one query the rows of every aggregate whose events the current batch holds, once per batch, so
     * that the updates after it find their rows in the persistence context instead of sending one SELECT each: a
     * rebuild replays batches of up to 100 events of as many aggregates. Only for a table whose row id is its
     * aggregate's id; a batch of one event loads nothing more than its update would.
     */
    default void loadBatch() {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch)
                || batch.resources().putIfAbsent(ProjectedRows.class.getName() + "/" + getClass().getName(),
                        Boolean.TRUE) != null) {
            return;
        }
        List<Long> ids = batch.getMessages().stream()
                .map(message -> message instanceof DomainEventMessage<?> event ? rowId(event) : null)
                .filter(Objects::nonNull).distinct().toList();
        if (ids.size() > 1) {
            findAllById(ids);
        }
    }

    private static Long rowId(DomainEventMessage<?> event) {
        try {
            return Long.valueOf(event.getAggregateIdentifier());
        } catch (NumberFormatException notOurs) {
            return null;
        }
    }

    /** The same for a table whose rows keep no aggregate version. */
    default void update(long id, Instant at, Consumer<? super R> change) {
        update(id, at, ProjectedRow.NO_VERSION, change);
    }
}
