package io.netledger.bench;

import io.netledger.query.integrity.ChainSettings;
import io.netledger.query.integrity.ChainSigningKey;
import io.netledger.query.integrity.EventChainer;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.Lifecycle;

/**
 * The NDJSON export at size ({@code export [--count=N]}, 1 000 000 events by default, docs/adr/0018): a
 * store of N events ({@link CopiedEvents}), chained, then {@code GET /api/v1/events} over HTTP as an
 * auditor downloads it, the lines counted as they arrive. Beside it, in the same run, a plain cursor read of
 * the same columns from the store (the floor: what the export would reach if writing JSON and HTTP cost
 * nothing). The heap is read after a full GC before and after the export, and sampled during it: the issue
 * asks that a million events stream without the heap growing.
 */
final class ExportBench {

    /** What "without the heap growing" allows: the heap after a GC within this of the heap before. */
    static final long HEAP_TOLERANCE = 16L << 20;

    private ExportBench() {
    }

    static void run(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.from(args, 1_000_000);
        int count = settings.count();
        PrintStream out = System.out;
        PrintStream progress = System.err;
        try (DataDirectory dataDirectory = DataDirectory.fromEnvironment();
                BenchDatabase database = BenchDatabase.fromEnvironment();
                ConfigurableApplicationContext context = BenchMain.startWithWebServer(dataDirectory, database,
                        settings)) {
            DataSource dataSource = context.getBean(DataSource.class);
            CopiedEvents.makeReal(context.getBean(CommandGateway.class));
            context.getBean(EventProcessingConfiguration.class).eventProcessors().values()
                    .forEach(EventProcessor::shutDown);
            context.getBean("chainLoop", Lifecycle.class).stop();
            progress.printf("filling the store with %,d copies%n", count);
            CopiedEvents.fill(dataSource, count);
            EventChainer chainer = new EventChainer(dataSource, context.getBean(ChainSigningKey.class),
                    new ChainSettings(Duration.ofSeconds(1), 10_000, Duration.ZERO, 10_000, Duration.ofMinutes(5)),
                    Clock.systemUTC());
            while (chainer.round() > 0) {
                // every position chained, so each line carries its hash as in production
            }

            URI base = URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
            HttpClient http = HttpClient.newHttpClient();
            String token = AdminLogin.token(http, base.resolve("/api/v1/auth/login"), "admin@netledger.local");
            // Counted after the login, which is an event of its own.
            long events = CopiedEvents.count(dataSource);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

            List<String> floors = new ArrayList<>();
            List<String> exports = new ArrayList<>();
            long heapBefore = 0;
            long heapAfter = 0;
            long heapPeak = 0;
            long bytes = 0;
            for (int run = 0; run < 2; run++) {
                long start = System.nanoTime();
                long read = plainRead(dataSource);
                floors.add(String.format("%,.0f", read / seconds(start)));

                heapBefore = heapAfterGc(memory);
                AtomicLong peak = new AtomicLong();
                AtomicBoolean exporting = new AtomicBoolean(true);
                Thread sampler = new Thread(() -> {
                    while (exporting.get()) {
                        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                        sleep(20);
                    }
                });
                sampler.setDaemon(true);
                sampler.start();
                start = System.nanoTime();
                long[] lines = download(http, base.resolve("/api/v1/events"), token);
                double exportSeconds = seconds(start);
                exporting.set(false);
                sampler.join();
                heapAfter = heapAfterGc(memory);
                heapPeak = peak.get();
                bytes = lines[1];
                if (lines[0] != events) {
                    throw new IllegalStateException("the export held " + lines[0] + " lines for " + events + " events");
                }
                exports.add(String.format("%,.0f", lines[0] / exportSeconds));
                progress.printf("run %d: export %s events/s, floor %s%n", run + 1, exports.get(run), floors.get(run));
            }

            out.printf("store: %,d events (%,d real ones copied), chained; %s%n", events, CopiedEvents.REAL,
                    database.describe());
            out.printf("export over HTTP, 2 runs: %s events/s; %,.0f bytes of NDJSON per event%n",
                    String.join(", ", exports), (double) bytes / events);
            out.printf("floor, plain cursor read of the same columns: %s events/s%n", String.join(", ", floors));
            out.printf("heap (MB, max %,d): before %,.1f after a GC; peak during the export %,.1f; after %,.1f after a GC%n",
                    Runtime.getRuntime().maxMemory() >> 20, mb(heapBefore), mb(heapPeak), mb(heapAfter));
            out.printf("constant memory (after within %d MB of before): %s%n", HEAP_TOLERANCE >> 20,
                    heapAfter - heapBefore <= HEAP_TOLERANCE ? "PASS" : "FAIL");
        }
    }

    /** Lines and bytes of the export, read as they arrive and thrown away. */
    private static long[] download(HttpClient http, URI events, String token) throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(events)
                .header("Authorization", "Bearer " + token).header("Accept", "application/x-ndjson").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the export answered " + response.statusCode());
        }
        long lines = 0;
        long bytes = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream body = response.body()) {
            for (int n; (n = body.read(buffer)) >= 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return new long[] {lines, bytes};
    }

    /** The export's columns through a cursor, each fetched and dropped. */
    private static long plainRead(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement query = connection.prepareStatement("""
                    select e.global_index, e.event_identifier, e.aggregate_identifier, e.type, e.sequence_number,
                           e.payload_type, e.payload_revision, e.time_stamp, e.payload, e.meta_data, c.hash
                    from domain_event_entry e left join event_chain c on c.global_index = e.global_index
                    order by e.global_index""")) {
                query.setFetchSize(1_000);
                long rows = 0;
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        for (int column = 1; column <= 11; column++) {
                            row.getObject(column);
                        }
                        rows++;
                    }
                }
                return rows;
            } finally {
                connection.rollback();
            }
        }
    }

    private static long heapAfterGc(MemoryMXBean memory) {
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
