package io.netledger.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * Watches the event processors catch up with the event store: how long after the last
 * command they needed tells whether projections keep up with the write rate. Progress is
 * read from the processors' in-memory status; service_plans is counted only once its
 * processor says it is at the head, because polling count(*) would itself load the
 * database the projection is writing to.
 */
final class ReadSide {

    /** ServicePlanProjection's @ProcessingGroup. */
    static final String SERVICE_PLANS = "service-plans";

    private static final long POLL_MILLIS = 20;

    private final EventProcessingConfiguration processing;
    private final DataSource dataSource;
    private final long servicePlansBefore;

    ReadSide(EventProcessingConfiguration processing, DataSource dataSource) throws SQLException {
        this.processing = processing;
        this.dataSource = dataSource;
        // A reused NETLEDGER_DATA_DIR may already hold plans.
        this.servicePlansBefore = servicePlans();
    }

    /**
     * Nanoseconds from {@code since} until service_plans held {@code expected} new rows, or
     * -1 when the timeout passed first.
     */
    long awaitServicePlans(long expected, long since, Duration timeout) throws SQLException, InterruptedException {
        long head = head();
        long deadline = since + timeout.toNanos();
        while (!(atHead(SERVICE_PLANS::equals, head) && servicePlans() - servicePlansBefore >= expected)) {
            if (System.nanoTime() > deadline) {
                return -1;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return System.nanoTime() - since;
    }

    /**
     * Nanoseconds from {@code since} until every streaming processor (projections, audit
     * log, sagas) was at the head of the event store, or -1 when the timeout passed first.
     */
    long awaitAllProcessors(long since, Duration timeout) throws SQLException, InterruptedException {
        long head = head();
        long deadline = since + timeout.toNanos();
        while (!atHead(name -> true, head)) {
            if (System.nanoTime() > deadline) {
                return -1;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return System.nanoTime() - since;
    }

    /** Stops every event processor; their tokens stay where they are. */
    void pause() {
        processing.eventProcessors().values().forEach(EventProcessor::shutDown);
    }

    void resume() {
        processing.eventProcessors().values().forEach(EventProcessor::start);
    }

    private boolean atHead(Predicate<String> processorNames, long head) {
        for (Map.Entry<String, EventProcessor> processor : processing.eventProcessors().entrySet()) {
            if (processorNames.test(processor.getKey())
                    && processor.getValue() instanceof StreamingEventProcessor streaming
                    && !allSegmentsAt(streaming.processingStatus(), head)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allSegmentsAt(Map<Integer, EventTrackerStatus> segments, long head) {
        if (segments.isEmpty()) {
            return false; // no segment claimed yet
        }
        for (EventTrackerStatus segment : segments.values()) {
            OptionalLong position = segment.getCurrentPosition();
            if (position.isEmpty() || position.getAsLong() < head) {
                return false;
            }
        }
        return true;
    }

    private long head() throws SQLException {
        return single("select coalesce(max(global_index), -1) from domain_event_entry");
    }

    private long servicePlans() throws SQLException {
        return single("select count(*) from service_plans");
    }

    private long single(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
