package io.netledger.query;

import java.time.Instant;
import java.util.function.Consumer;
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

    /** The same for a table whose rows keep no aggregate version. */
    default void update(long id, Instant at, Consumer<? super R> change) {
        update(id, at, ProjectedRow.NO_VERSION, change);
    }
}
