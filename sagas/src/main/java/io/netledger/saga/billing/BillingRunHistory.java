package io.netledger.saga.billing;

import io.netledger.api.billing.BillingRunCounts;
import io.netledger.api.billing.BillingRunFailed;
import io.netledger.api.billing.BillingRunFinished;
import io.netledger.api.billing.BillingRunProgressed;
import io.netledger.api.billing.BillingRunStarted;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Where a run stands, read from its own events in the event store (never from the read model, which may
 * lag): the walk goes on from here after a restart. {@code recordedAt} is when its latest step was recorded.
 */
record BillingRunHistory(long runId, LocalDate runDate, long afterId, BillingRunCounts counts, String lastError,
        boolean over, Instant recordedAt) {

    static Optional<BillingRunHistory> of(EventStore events, long runId) {
        BillingRunHistory history = null;
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(String.valueOf(runId));
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            Object payload = event.getPayload();
            Instant at = event.getTimestamp();
            if (payload instanceof BillingRunStarted started) {
                history = new BillingRunHistory(runId, started.runDate(), 0, BillingRunCounts.NONE, null, false, at);
            } else if (history != null && payload instanceof BillingRunProgressed progressed) {
                history = new BillingRunHistory(runId, history.runDate, progressed.afterId(), progressed.counts(),
                        progressed.lastError(), false, at);
            } else if (history != null && (payload instanceof BillingRunFinished
                    || payload instanceof BillingRunFailed)) {
                history = new BillingRunHistory(runId, history.runDate, history.afterId, history.counts,
                        history.lastError, true, at);
            }
        }
        return Optional.ofNullable(history);
    }
}
