package io.netledger.query.billing;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for one run: starting a run answers its Location at once, while {@code billing_runs}
 * follows the event a moment later. A run that is not in the table yet is looked for again until the
 * projection has read every event stored when the request came in; only then is it missing.
 */
@Component
class BillingRunsCaughtUp {

    private static final long POLL_MILLIS = 20;

    private final EventProcessingConfiguration processing;
    private final EventStore events;

    BillingRunsCaughtUp(EventProcessingConfiguration processing, EventStore events) {
        this.processing = processing;
        this.events = events;
    }

    <T> Optional<T> awaitPresent(Supplier<Optional<T>> lookup, Duration limit) {
        Optional<T> found = lookup.get();
        if (found.isPresent()) {
            return found;
        }
        TrackingToken headToken = events.createHeadToken();
        long head = headToken == null ? -1 : headToken.position().orElse(-1);
        long deadline = System.nanoTime() + limit.toNanos();
        while (!caughtUpWith(head) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return lookup.get();
            }
            found = lookup.get();
            if (found.isPresent()) {
                return found;
            }
        }
        return lookup.get();
    }

    private boolean caughtUpWith(long head) {
        Optional<StreamingEventProcessor> processor = processing.eventProcessor(BillingRunProjection.PROCESSOR,
                StreamingEventProcessor.class);
        if (head < 0 || processor.isEmpty()) {
            return true;
        }
        Map<Integer, EventTrackerStatus> segments = processor.get().processingStatus();
        return !segments.isEmpty() && segments.values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .allMatch(position -> position.orElse(-1) >= head);
    }
}
