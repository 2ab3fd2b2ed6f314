package io.netledger.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reading a month of one-minute samples ({@code monitoring [--subscribers=N]}, docs/adr/0021): one NAS with
 * November 2026 in {@code monitoring_data} at one sample a minute (cpu, memory, uptime, sessions, and bandwidth
 * in and out on two interfaces: 345,600 rows), beside N subscribers' bytes on the same NAS (default 50:
 * 4,320,000 rows) that the NAS's queries must not walk. Then {@code GET /nas-servers/{id}/metrics} over HTTP for
 * the whole month in hourly and daily buckets, and in 5-minute buckets for a day, and one subscriber's
 * {@code /usage} for the month, 30 times each after 5 uncounted: p50 and max. The goal: well under a
 * second for the month. Then the ingest against a plain COPY ({@code --ingest-polls=N}, {@link IngestBaseline}).
 */
final class MonitoringBench {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"(\\d+)\"");
    private static final int WARM_UP = 5;
    private static final int RUNS = 30;

    private MonitoringBench() {
    }

    static void run(String[] args) throws Exception {
        BenchOptions options = BenchOptions.of(args, Map.of("subscribers", 50, "ingest-polls", 50));
        int subscribers = options.get("subscribers");
        int polls = options.get("ingest-polls");
        BenchSettings settings = BenchSettings.from(options.rest("--netledger.polling.enabled=false"));
        PrintStream out = System.out;
        PrintStream progress = System.err;
        try (DataDirectory dataDirectory = DataDirectory.fromEnvironment();
                BenchDatabase database = BenchDatabase.fromEnvironment();
                ConfigurableApplicationContext context = BenchMain.startWithWebServer(dataDirectory, database,
                        settings)) {
            DataSource dataSource = context.getBean(DataSource.class);
            URI base = URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
            HttpClient http = HttpClient.newHttpClient();
            String token = AdminLogin.token(http, base.resolve("/api/v1/auth/login"), "admin@netledger.local");
            String nas = registerNas(http, base, token);
            api(http, base, token, "/api/v1/nas-servers/" + nas, 200, 50);
            String subscription = subscriptionOn(http, base, token, nas);

            progress.printf("filling November 2026 for NAS %s and %d subscribers%n", nas, subscribers);
            long start = System.nanoTime();
            long rows = fill(dataSource, Long.parseLong(nas), Long.parseLong(subscription), subscribers);
            progress.printf("%,d rows in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);

            String month = "from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z";
            String metrics = "/api/v1/nas-servers/" + nas + "/metrics?";
            String[][] queries = {
                    {"cpu_usage, month, step 1h (720 buckets)", metrics + "type=cpu_usage&step=1h&" + month},
                    {"cpu_usage, month, step 1d (30 buckets)", metrics + "type=cpu_usage&step=1d&" + month},
                    {"bandwidth_in ether1, month, step 1h", metrics + "type=bandwidth_in&interface=ether1&step=1h&"
                            + month},
                    {"cpu_usage, one day, step 5m (288 buckets)", metrics
                            + "type=cpu_usage&step=5m&from=2026-11-15T00:00:00Z&to=2026-11-16T00:00:00Z"},
                    {"subscriber usage, month, step 1d", "/api/v1/subscriptions/" + subscription
                            + "/usage?step=1d&" + month}};
            out.printf("%nmonitoring_data: %,d rows (NAS %s: 345,600; %d subscribers: %,d)%n", rows, nas, subscribers,
                    rows - 345_600);
            out.printf("%-46s %10s %10s%n", "query over HTTP", "p50 ms", "max ms");
            for (String[] query : queries) {
                LatencyRecorder latencies = new LatencyRecorder(RUNS);
                for (int run = 0; run < WARM_UP + RUNS; run++) {
                    long began = System.nanoTime();
                    api(http, base, token, query[1], 200, 1);
                    if (run >= WARM_UP) {
                        latencies.record(System.nanoTime() - began);
                    }
                }
                out.printf("%-46s %10.1f %10.1f%n", query[0], latencies.percentileMillis(50),
                        latencies.percentileMillis(100));
            }

            progress.printf("ingest: %d polls of 2,000 sessions, then COPY of as many rows%n", polls);
            IngestBaseline.Result ingest = IngestBaseline.measure(dataSource,
                    context.getBean(io.netledger.api.telemetry.MonitoringIngest.class), polls, 2_000);
            out.printf("%ningest of %,d rows (%d polls of a NAS with 2,000 sessions)%n", ingest.rows(), polls);
            out.printf("%-46s %,12.0f rows/s%n", "MonitoringIngest, 1 poll at a time", ingest.ingestRowsPerSecond1());
            out.printf("%-46s %,12.0f rows/s%n", "MonitoringIngest, 8 polls at a time", ingest.ingestRowsPerSecond8());
            out.printf("%-46s %,12.0f rows/s%n", "COPY of the same rows (baseline)", ingest.copyRowsPerSecond());
            out.printf("ratio at 8: %.2f of COPY (goal: >= 100,000 rows/s and >= 0.5 of COPY)%n",
                    ingest.ingestRowsPerSecond8() / ingest.copyRowsPerSecond());
        }
    }

    /** One real subscription on the NAS, whose usage is read; the other subscribers are rows only. */
    private static String subscriptionOn(HttpClient http, URI base, String token, String nas) throws Exception {
        String customer = id(api(http, base, token, "POST /api/v1/customers", 201, 1, """
                {"name": "Bench Pelanggan", "phone": "0812-0000-0001", "city": "Bekasi"}"""));
        String plan = id(api(http, base, token, "POST /api/v1/service-plans", 201, 1, """
                {"name": "Bench 20M", "price": "150000", "billingCycle": "monthly", "downloadSpeed": 20000,
                 "uploadSpeed": 10000, "dataUnit": "unlimited"}"""));
        api(http, base, token, "/api/v1/service-plans/" + plan, 200, 50);
        api(http, base, token, "/api/v1/customers/" + customer, 200, 50);
        String subscription = id(api(http, base, token, "POST /api/v1/customers/" + customer + "/subscriptions", 201,
                1, """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "bench-1", "password": "pppoe-pw-1",
                 "startDate": "2026-11-01"}""".formatted(plan, nas)));
        api(http, base, token, "/api/v1/subscriptions/" + subscription, 200, 50);
        return subscription;
    }

    private static long fill(DataSource dataSource, long nas, long subscription, int subscribers) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            long rows = 0;
            // ids are only unique per row here (the bench reads, never updates them): row numbers from a sequence
            try (PreparedStatement nasRows = connection.prepareStatement("""
                    insert into monitoring_data (id, nas_server_id, subscription_id, metric_type, value, unit,
                                                 additional_data, recorded_at)
                    select nextval('bench_monitoring_ids'), ?, null, m.metric, m.base + random() * m.spread, m.unit,
                           m.detail::jsonb, t
                    from generate_series(timestamptz '2026-11-01 00:00:00+00', timestamptz '2026-11-30 23:59:00+00',
                                         interval '1 minute') t,
                         (values ('cpu_usage', 5.0, 60.0, 'percent', null),
                                 ('memory_usage', 20.0, 30.0, 'percent', null),
                                 ('uptime', 1000.0, 1.0, 'seconds', null),
                                 ('connection_count', 100.0, 20.0, 'sessions', null),
                                 ('bandwidth_in', 50.0, 400.0, 'Mbps', '{"interface":"ether1"}'),
                                 ('bandwidth_out', 5.0, 50.0, 'Mbps', '{"interface":"ether1"}'),
                                 ('bandwidth_in', 1.0, 40.0, 'Mbps', '{"interface":"ether2"}'),
                                 ('bandwidth_out', 1.0, 40.0, 'Mbps', '{"interface":"ether2"}'))
                             as m(metric, base, spread, unit, detail)""")) {
                connection.createStatement().execute("create sequence if not exists bench_monitoring_ids");
                nasRows.setLong(1, nas);
                rows += nasRows.executeUpdate();
            }
            try (PreparedStatement subscriberRows = connection.prepareStatement("""
                    insert into monitoring_data (id, nas_server_id, subscription_id, metric_type, value, unit,
                                                 recorded_at)
                    select nextval('bench_monitoring_ids'), ?, case when s = 1 then ? else ? + s end, m.metric,
                           (random() * 5000000)::bigint, 'bytes', t
                    from generate_series(1, ?) s,
                         generate_series(timestamptz '2026-11-01 00:00:00+00', timestamptz '2026-11-30 23:59:00+00',
                                         interval '1 minute') t,
                         (values ('bytes_down'), ('bytes_up')) as m(metric)""")) {
                subscriberRows.setLong(1, nas);
                subscriberRows.setLong(2, subscription);
                subscriberRows.setLong(3, nas);
                subscriberRows.setInt(4, subscribers);
                rows += subscriberRows.executeUpdate();
            }
            connection.createStatement().execute("analyze monitoring_data");
            return rows;
        }
    }

    private static String registerNas(HttpClient http, URI base, String token) throws Exception {
        String body = api(http, base, token, "POST /api/v1/nas-servers", 201, 1, """
                {"name": "Bench POP", "ipAddress": "10.255.0.1", "port": 8728, "username": "bench",
                 "password": "bench-password", "apiType": "routeros_v7", "configuration": {"provisioning": "manual"}}""");
        return id(body);
    }

    private static String id(String body) {
        Matcher id = ID.matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return id.group(1);
    }

    private static String api(HttpClient http, URI base, String token, String path, int expected, int tries)
            throws Exception {
        return api(http, base, token, path, expected, tries, null);
    }

    /** {@code path} is a GET, or {@code "POST /path"} with {@code json}; retried while the read side catches up. */
    private static String api(HttpClient http, URI base, String token, String path, int expected, int tries,
                              String json) throws Exception {
        boolean post = path.startsWith("POST ");
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(post ? path.substring(5) : path))
                .header("Authorization", "Bearer " + token);
        request = post ? request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)) : request.GET();
        HttpResponse<String> response = null;
        for (int attempt = 0; attempt < tries; attempt++) {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == expected) {
                return response.body();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
    }
}
