package io.netledger.app.consistency;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Positions in the event store's global order: how far the store has come, and whether
 * every projection has handled everything up to a given position.
 */
@Component
class ProjectionPositions {

    private static final Duration POLL = Duration.ofMillis(10);

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;

    ProjectionPositions(JdbcTemplate jdbc, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.processing = processing;
    }

    /** The last committed event's position: at or after the events of a command that just returned. */
    long head() {
        Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    /** Waits until every projection has handled {@code position}; false when {@code timeout} passed first. */
    boolean awaitAll(long position, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reachedByAll(position)) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        return true;
    }

    private boolean reachedByAll(long position) {
        for (EventProcessor processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming) {
                var segments = streaming.processingStatus().values();
                // A processor rebuilding its read model from the events is not waited for: its readers get a
                // 503 at once (app/projection), and everyone else's reads need not wait for its replay.
                if (segments.stream().anyMatch(EventTrackerStatus::isReplaying)) {
                    continue;
                }
                if (segments.isEmpty() || segments.stream()
                        .anyMatch(s -> s.getCurrentPosition().orElse(-1) < position)) {
                    return false;
                }
            }
        }
        return true;
    }
}
