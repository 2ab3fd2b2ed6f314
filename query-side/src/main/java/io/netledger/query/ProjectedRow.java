package io.netledger.query;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/**
 * A read-model row whose id comes from its aggregate. Spring Data cannot tell a new row
 * with an assigned id from an existing one and would SELECT before every insert; the
 * projection knows, because the creating event says so. A projection never sees an event
 * twice (its token commits with its rows), so inserting a created row needs no lookup.
 */
@MappedSuperclass
public abstract class ProjectedRow implements Persistable<Long> {

    /** The version of an event that is not an aggregate's, for rows whose table keeps none. */
    public static final long NO_VERSION = -1;

    @Transient
    private boolean created;

    /** Marks a row built from its aggregate's first event: saving it inserts. */
    protected void markCreated() {
        created = true;
    }

    /**
     * Stamps the row with the event that changed it last: its time, and the aggregate's
     * version (the row's ETag) where the table keeps one; rows of other tables ignore it.
     */
    protected abstract void touched(Instant at, long version);

    @Override
    public boolean isNew() {
        return created;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        created = false;
    }
}
