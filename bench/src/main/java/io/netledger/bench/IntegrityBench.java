package io.netledger.bench;

import io.netledger.query.integrity.ChainHash;
import io.netledger.query.integrity.ChainSettings;
import io.netledger.query.integrity.ChainSigningKey;
import io.netledger.query.integrity.ChainVerification;
import io.netledger.query.integrity.EventChainer;
import io.netledger.query.integrity.StoredEvent;
import io.netledger.query.integrity.Verdict;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.Lifecycle;

/**
 * The integrity check at size ({@code integrity [--count=N]}, 1 000 000 events by default, docs/adr/0016):
 * makes a store of N events ({@link CopiedEvents}) with the processors and the app's own chainer stopped,
 * chains them, and then times a full integrity
 * check against hashing the same bytes in memory, the floor. The goal: at least 100 000 events/s.
 */
final class IntegrityBench {

    static final double GOAL_EVENTS_PER_SECOND = 100_000;

    private IntegrityBench() {
    }

    static void run(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.from(args, 1_000_000);
        int count = settings.count();
        PrintStream out = System.out;
        PrintStream progress = System.err;
        try (DataDirectory dataDirectory = DataDirectory.fromEnvironment();
                BenchDatabase database = BenchDatabase.fromEnvironment();
                ConfigurableApplicationContext context = BenchMain.start(dataDirectory, database, settings)) {
            DataSource dataSource = context.getBean(DataSource.class);
            ChainSigningKey key = context.getBean(ChainSigningKey.class);
            progress.printf("setup: %d real events through commands%n", CopiedEvents.REAL);
            CopiedEvents.makeReal(context.getBean(CommandGateway.class));
            // Nothing but the bench touches the store from here on: no projection reads the copies.
            context.getBean(EventProcessingConfiguration.class).eventProcessors().values()
                    .forEach(EventProcessor::shutDown);
            context.getBean("chainLoop", Lifecycle.class).stop();

            progress.printf("filling the store with %,d copies%n", count);
            long real = CopiedEvents.count(dataSource);
            long filled = CopiedEvents.fill(dataSource, count);
            long bytes = storedBytes(dataSource);
            EventChainer chainer = new EventChainer(dataSource, key, new ChainSettings(Duration.ofSeconds(1), 10_000,
                    Duration.ZERO, 10_000, Duration.ofMinutes(5)), Clock.systemUTC());
            long chainStart = System.nanoTime();
            while (chainer.round() > 0) {
                // one batch after another until the head
            }
            double chainSeconds = seconds(chainStart);

            ChainVerification verification = new ChainVerification(dataSource, key);
            List<Double> checks = new ArrayList<>();
            Verdict verdict = null;
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                verdict = verification.verify(null, (events, checkpoints, position) -> {
                });
                checks.add(verdict.eventsChecked() / seconds(start));
                progress.printf("check %d: %,.0f events/s%n", run + 1, checks.get(run));
            }
            double floor = inMemoryFloor(dataSource, verdict.eventsChecked());

            double best = checks.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            out.printf("store: %,d events (%,d real ones copied), %,.0f bytes of payload and metadata per event"
                    + " on average; %s%n", filled, real, (double) bytes / filled, database.describe());
            out.printf("chaining: %,.0f events/s (%.1f s, batches of 10 000, a signed checkpoint every 10 000)%n",
                    filled / chainSeconds, chainSeconds);
            out.printf("chain storage: %,.0f bytes per position in event_chain (table and index)%n",
                    (double) chainBytes(dataSource) / filled);
            out.printf("integrity check, 3 runs: %s events/s; %s, %,d checkpoints verified%n",
                    String.join(", ", checks.stream().map(r -> String.format("%,.0f", r)).toList()),
                    verdict.intact() ? "intact" : "BROKEN at " + verdict.brokenAt(), verdict.checkpointsVerified());
            out.printf("floor, SHA-256 links over the same bytes in memory: %,.0f events/s (the check reaches %.0f%%)%n",
                    floor, 100 * best / floor);
            out.printf("goal >= %,.0f events/s: %s%n", GOAL_EVENTS_PER_SECOND,
                    best >= GOAL_EVENTS_PER_SECOND ? "PASS" : "FAIL");
        }
    }

    private static long chainBytes(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return CopiedEvents.single(statement, "select pg_total_relation_size('event_chain')");
        }
    }

    private static long storedBytes(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return CopiedEvents.single(statement,
                    "select sum(length(payload) + coalesce(length(meta_data), 0)) from domain_event_entry");
        }
    }

    /**
     * The same rows' bytes held in memory (the real ones, each copy with ids of the same length) and only the
     * hashing timed: what the check would reach if reading the store cost nothing.
     */
    private static double inMemoryFloor(DataSource dataSource, long events) throws Exception {
        List<StoredEvent> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select * from domain_event_entry order by global_index limit " + CopiedEvents.REAL);
                ResultSet row = query.executeQuery()) {
            while (row.next()) {
                rows.add(new StoredEvent(0, "", "", row.getString("type"), 0, row.getString("payload_type"),
                        row.getString("payload_revision"), row.getString("time_stamp"), row.getBytes("payload"),
                        row.getBytes("meta_data")));
            }
        }
        String id = UUID.randomUUID().toString();
        List<StoredEvent> copies = new ArrayList<>();
        for (StoredEvent real : rows) {
            copies.add(new StoredEvent(1_000_000, id, id, real.aggregateType(), 0, real.payloadType(),
                    real.payloadRevision(), real.timestamp(), real.payload(), real.metaData()));
        }
        ChainHash hash = new ChainHash();
        byte[] previous = ChainHash.GENESIS;
        double best = 0;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            for (long n = 0; n < events; n++) {
                previous = hash.link(previous, copies.get((int) (n % copies.size())));
            }
            best = Math.max(best, events / seconds(start));
        }
        return best;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
