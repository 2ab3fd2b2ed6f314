package io.netledger.bench;

import io.netledger.api.IspCalendar;
import io.netledger.api.customer.CustomerDetails;
import io.netledger.api.customer.CustomerDetailsChanged;
import io.netledger.api.customer.CustomerRegistered;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Rebuilding a read model from a large store ({@code rebuild [--count=N]}, default 1 000 000 events): the
 * store is filled with real customer events (N/100 customers registered, then 99 rounds in which each of them
 * changes his details, so that neighbouring events belong to different customers), serialized and sealed by
 * the application's own event serializer and appended in batches through Axon's storage engine, with every
 * processor stopped. Then, in the same run:
 * <ul>
 *   <li>the floor: a plain sequential read of the same events from domain_event_entry, once as bytes only
 *       (one JDBC query, fetch size 1 000) and once through Axon's storage engine with every payload
 *       deserialized and opened (what any processor must at least do);</li>
 *   <li>the rebuild of {@code customers} through its real processor, as the admin endpoint does it: shut down,
 *       reset its tokens (its @ResetHandler empties the table), start, until every segment has reached the
 *       head. The other processors stay stopped, as they would be caught up and idle in production.</li>
 * </ul>
 * The goal: at least 30 000 events/s, and at least half the plain read.
 */
final class RebuildBench {

    static final double GOAL_EVENTS_PER_SECOND = 30_000;
    static final double GOAL_RATIO = 0.5;
    private static final int CHANGES_PER_CUSTOMER = 99;
    private static final int APPEND_BATCH = 2_000;
    private static final String PROCESSOR = "customers";

    private RebuildBench() {
    }

    static void run(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.from(args, 1_000_000);
        int customers = Math.max(1, settings.count() / (CHANGES_PER_CUSTOMER + 1));
        PrintStream out = System.out;
        PrintStream progress = System.err;
        try (DataDirectory dataDirectory = DataDirectory.fromEnvironment();
                BenchDatabase database = BenchDatabase.fromEnvironment();
                ConfigurableApplicationContext context = BenchMain.start(dataDirectory, database, settings)) {
            EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
            processing.eventProcessors().values().forEach(processor -> processor.shutDown());
            Configuration axon = context.getBean(Configuration.class);
            EventStorageEngine engine = context.getBean(EventStorageEngine.class);
            TransactionManager transactions = axon.getComponent(TransactionManager.class);
            DataSource dataSource = context.getBean(DataSource.class);

            progress.printf("setup: %,d customers, %,d events through the application's serializer%n", customers,
                    customers * (CHANGES_PER_CUSTOMER + 1L));
            long seedStart = System.nanoTime();
            long seeded = seed(engine, transactions, customers, progress);
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            execute(dataSource, "vacuum analyze domain_event_entry");
            long total = count(dataSource);

            progress.println("floor: plain sequential read of the store");
            Read bytes = readBytes(dataSource);
            Read opened = readThroughEngine(engine);

            progress.println("rebuild: " + PROCESSOR + " through its processor");
            StreamingEventProcessor processor = (StreamingEventProcessor) processing.eventProcessor(PROCESSOR)
                    .orElseThrow();
            long head = head(dataSource);
            long start = System.nanoTime();
            processor.resetTokens();
            processor.start();
            while (!caughtUp(processor, head)) {
                Thread.sleep(50);
            }
            double rebuildSeconds = (System.nanoTime() - start) / 1e9;
            long rows = scalar(dataSource, "select count(*) from customers");
            double rebuildRate = total / rebuildSeconds;

            out.printf("store: %,d events (%,d customers), seeded at %,.0f events/s; %s%n", total, customers,
                    seeded / seedSeconds, database.describe());
            out.printf("%n%-48s %10s %10s %12s%n", "scenario", "events", "seconds", "events/s");
            out.printf("%-48s %,10d %10.1f %,12.0f%n", "plain read, bytes only (floor)", bytes.events(),
                    bytes.seconds(), bytes.rate());
            out.printf("%-48s %,10d %10.1f %,12.0f%n", "plain read, deserialized and opened", opened.events(),
                    opened.seconds(), opened.rate());
            out.printf("%-48s %,10d %10.1f %,12.0f%n", "rebuild of " + PROCESSOR + " (" + rows + " rows)", total,
                    rebuildSeconds, rebuildRate);
            double ratio = rebuildRate / bytes.rate();
            out.printf("%nrebuild / plain read (bytes): %.2f; rebuild / read deserialized: %.2f%n", ratio,
                    rebuildRate / opened.rate());
            boolean met = rebuildRate >= GOAL_EVENTS_PER_SECOND && ratio >= GOAL_RATIO;
            out.printf("goal: >= %,.0f events/s and >= %.1f of the plain read: %s%n", GOAL_EVENTS_PER_SECOND,
                    GOAL_RATIO, met ? "PASS" : "FAIL");
        }
    }

    private record Read(long events, double seconds) {
        double rate() {
            return events / seconds;
        }
    }

    /** Registrations first, then rounds of changes, each round touching every customer once. */
    private static long seed(EventStorageEngine engine, TransactionManager transactions, int customers,
            PrintStream progress) {
        long firstId = 7_000_000_000_000L;
        LocalDate registered = IspCalendar.wib().today();
        AtomicLong appended = new AtomicLong();
        List<EventMessage<?>> batch = new ArrayList<>(APPEND_BATCH);
        for (int round = 0; round <= CHANGES_PER_CUSTOMER; round++) {
            for (int c = 0; c < customers; c++) {
                long id = firstId + c;
                CustomerDetails known = IndonesianNames.customer(c);
                CustomerDetails details = new CustomerDetails(known.name(), known.email(),
                        "+62" + known.phone().substring(1), "Jl. Melati No. " + round, known.city(), "Jawa Barat",
                        "17111", null, Map.of());
                Object payload = round == 0 ? CustomerRegistered.of(id, "C" + c, details, registered)
                        : CustomerDetailsChanged.of(id, details);
                DomainEventMessage<?> event = new GenericDomainEventMessage<>("Customer", String.valueOf(id), round,
                        payload);
                batch.add(event);
                if (batch.size() == APPEND_BATCH) {
                    append(engine, transactions, batch, appended, progress);
                }
            }
        }
        if (!batch.isEmpty()) {
            append(engine, transactions, batch, appended, progress);
        }
        return appended.get();
    }

    private static void append(EventStorageEngine engine, TransactionManager transactions,
            List<EventMessage<?>> batch, AtomicLong appended, PrintStream progress) {
        List<EventMessage<?>> events = List.copyOf(batch);
        transactions.executeInTransaction(() -> engine.appendEvents(events));
        batch.clear();
        if (appended.addAndGet(events.size()) % 100_000 == 0) {
            progress.printf("  %,d events%n", appended.get());
        }
    }

    private static Read readBytes(DataSource dataSource) throws Exception {
        long start = System.nanoTime();
        long events = 0;
        long bytes = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement read = connection.prepareStatement("""
                    select global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                           payload_type, payload_revision, payload, meta_data
                    from domain_event_entry order by global_index""")) {
                read.setFetchSize(1_000);
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        bytes += rows.getBytes(9).length + rows.getBytes(10).length;
                        events++;
                    }
                }
            }
            connection.commit();
        }
        if (bytes == 0) {
            throw new IllegalStateException("read no payloads");
        }
        return new Read(events, (System.nanoTime() - start) / 1e9);
    }

    private static Read readThroughEngine(EventStorageEngine engine) {
        long start = System.nanoTime();
        long events;
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false)) {
            events = stream.filter(event -> event.getPayload() != null && event.getMetaData() != null).count();
        }
        return new Read(events, (System.nanoTime() - start) / 1e9);
    }

    private static boolean caughtUp(StreamingEventProcessor processor, long head) {
        var segments = processor.processingStatus().values();
        return !segments.isEmpty() && segments.stream()
                .allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= head);
    }

    private static long head(DataSource dataSource) throws Exception {
        return scalar(dataSource, "select coalesce(max(global_index), 0) from domain_event_entry");
    }

    private static long count(DataSource dataSource) throws Exception {
        return scalar(dataSource, "select count(*) from domain_event_entry");
    }

    private static long scalar(DataSource dataSource, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            connection.createStatement().execute(sql);
        }
    }
}
