package io.netledger.app.projection;

import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;

/**
 * What an event processor feeds. Projections and the audit log run in pooled streaming processors
 * (app/axon/AxonStorage); sagas run in tracking processors that start at the head of the stream and are
 * never replayed (docs/adr/0010), so the kind follows from the processor's type, not from a list of names.
 */
enum ProcessorKind {
    PROJECTION, SAGA, AUDIT;

    /** The processing group of the audit log (query-side's AuditLogProjection, docs/adr/0003). */
    static final String AUDIT_GROUP = "audit";

    static ProcessorKind of(String name, EventProcessor processor) {
        if (!(processor instanceof PooledStreamingEventProcessor)) {
            return SAGA;
        }
        return AUDIT_GROUP.equals(name) ? AUDIT : PROJECTION;
    }

    boolean rebuildable() {
        return this != SAGA;
    }

    String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
