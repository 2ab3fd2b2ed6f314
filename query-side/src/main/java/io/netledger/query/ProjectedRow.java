package io.netledger.query;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A read-model row whose id comes from its aggregate. Spring Data cannot tell a new row
 * with an assigned id from an existing one and would SELECT before every insert; the
 * projection knows, because the creating event says so. A projection never sees an event
 * twice (its token commits with its rows), so inserting a created row needs no lookup.
 */
@MappedSuperclass
public abstract class ProjectedRow implements Persistable<Long> {

    @Transient
    private boolean created;

    /** Marks a row built from its aggregate's first event: saving it inserts. */
    protected void markCreated() {
        created = true;
    }

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
