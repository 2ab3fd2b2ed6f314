package io.netledger.bench;

import io.netledger.api.Ids;
import io.netledger.api.telemetry.InterfaceRate;
import io.netledger.api.telemetry.MonitoringIngest;
import io.netledger.api.telemetry.NasPolled;
import io.netledger.api.telemetry.SubscriberSession;
import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Ingest into {@code monitoring_data}: polls of NAS servers with {@code sessions} subscribers online each, stored
 * through the application's own {@link MonitoringIngest} (the rows, the last poll, the sessions, one
 * transaction a poll), with 1 and 8 polls stored at once; against a plain {@code COPY} of the same rows in the
 * same run. Rows per poll: 8 for the NAS and two interfaces, 2 per session.
 */
final class IngestBaseline {

    private IngestBaseline() {
    }

    record Result(long rows, double ingestRowsPerSecond1, double ingestRowsPerSecond8, double copyRowsPerSecond) {
    }

    static Result measure(DataSource dataSource, MonitoringIngest ingest, int polls, int sessions) throws Exception {
        List<NasPolled> first = polls(polls, sessions, Instant.parse("2026-12-07T01:00:00Z"));
        List<NasPolled> second = polls(polls, sessions, Instant.parse("2026-12-07T02:00:00Z"));
        long rows = (long) polls * (8 + 2L * sessions);
        long start = System.nanoTime();
        first.forEach(ingest::record);
        double one = rows / seconds(start);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            start = System.nanoTime();
            List<Future<?>> stored = new ArrayList<>();
            second.forEach(poll -> stored.add(threads.submit(() -> ingest.record(poll))));
            for (Future<?> done : stored) {
                done.get();
            }
        } finally {
            threads.shutdown();
        }
        double eight = rows / seconds(start);
        StringBuilder csv = new StringBuilder();
        for (NasPolled poll : polls(polls, sessions, Instant.parse("2026-12-07T03:00:00Z"))) {
            String at = poll.polledAt().toString();
            for (int metric = 0; metric < 8; metric++) {
                csv.append(Ids.next()).append(',').append(poll.nasServerId()).append(",,cpu_usage,12.5,percent,,")
                        .append(at).append('\n');
            }
            for (SubscriberSession session : poll.sessions()) {
                for (String metric : new String[] {"bytes_down", "bytes_up"}) {
                    csv.append(Ids.next()).append(',').append(poll.nasServerId()).append(',')
                            .append(session.subscriptionId()).append(',').append(metric).append(',')
                            .append(session.bytesDown()).append(",bytes,,").append(at).append('\n');
                }
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            start = System.nanoTime();
            long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy monitoring_data (id, nas_server_id, subscription_id, metric_type, value, unit,
                                          additional_data, recorded_at) from stdin with (format csv)""",
                    new StringReader(csv.toString()));
            double copy = copied / seconds(start);
            return new Result(rows, one, eight, copy);
        }
    }

    private static List<NasPolled> polls(int polls, int sessions, Instant at) {
        List<NasPolled> all = new ArrayList<>();
        for (int p = 0; p < polls; p++) {
            long nas = Ids.next();
            List<SubscriberSession> online = new ArrayList<>();
            for (int s = 0; s < sessions; s++) {
                online.add(new SubscriberSession(Ids.next(), at.minusSeconds(3600), "10.%d.%d.%d".formatted(
                        p % 250, s / 250, s % 250), "02:00:00:00:00:01", 1_234_567, 123_456));
            }
            all.add(new NasPolled(nas, at, 12, 40.0, 86_400, List.of(new InterfaceRate("ether1", 420.5, 51.2),
                    new InterfaceRate("ether2", 12.0, 3.4)), sessions, online));
        }
        return all;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
