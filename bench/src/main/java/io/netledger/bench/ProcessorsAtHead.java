package io.netledger.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * Waits until every streaming event processor (projections, audit log, sagas) has reached
 * the head of the event store, so that a scenario does not share the machine with the
 * backlog of the one before it.
 */
final class ProcessorsAtHead {

    private final EventProcessingConfiguration processing;
    private final DataSource dataSource;

    ProcessorsAtHead(EventProcessingConfiguration processing, DataSource dataSource) {
        this.processing = processing;
        this.dataSource = dataSource;
    }

    /**
     * Nanoseconds from {@code since} until all processors were at the head, or -1 when
     * the timeout passed first.
     */
    long await(long since, Duration timeout) throws SQLException, InterruptedException {
        long deadline = since + timeout.toNanos();
        long head = head();
        while (!allAt(head)) {
            if (System.nanoTime() > deadline) {
                return -1;
            }
            Thread.sleep(20);
        }
        return System.nanoTime() - since;
    }

    private boolean allAt(long head) {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .allMatch(processor -> !processor.processingStatus().isEmpty()
                        && processor.processingStatus().values().stream().allMatch(segment -> reached(segment, head)));
    }

    private static boolean reached(EventTrackerStatus segment, long head) {
        OptionalLong position = segment.getCurrentPosition();
        return position.isPresent() && position.getAsLong() >= head;
    }

    private long head() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet max = statement.executeQuery("select coalesce(max(global_index), -1) from domain_event_entry")) {
            max.next();
            return max.getLong(1);
        }
    }
}
