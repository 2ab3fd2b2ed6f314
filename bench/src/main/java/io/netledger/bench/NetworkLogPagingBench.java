package io.netledger.bench;

import io.netledger.app.NetLedgerProperties;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Keyset paging of network logs at size ({@code network-logs [--rows=N] [--requests=R] [--pages=P]}): N rows
 * (default 2,000,000) spread over the last five monthly partitions of 20 NAS, written with one
 * {@code insert ... select}; then {@code GET /api/v1/network-logs?size=50} followed page by page to page P
 * (default 500), keeping each page's cursor; then, one client, R requests each of page 1 and of page P (its
 * cursor from the walk), of both with a {@code nasServerId} filter, and, for contrast, the same page P read with
 * SQL {@code OFFSET} straight from the pool. The goal: page 500 as fast as page 1.
 */
final class NetworkLogPagingBench {

    private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"");
    private static final int SIZE = 50;
    private static final int NAS_COUNT = 20;

    private NetworkLogPagingBench() {
    }

    static void run(String[] args) throws Exception {
        BenchOptions options = BenchOptions.of(args, Map.of("rows", 2_000_000, "requests", 500, "pages", 500));
        int rows = options.get("rows");
        int requests = options.get("requests");
        int pages = options.get("pages");
        if (rows < SIZE * pages || requests < 1 || pages < 2) {
            throw new IllegalArgumentException("--rows must fill --pages pages of 50; --requests at least 1");
        }
        BenchSettings settings = BenchSettings.from(options.rest());
        PrintStream out = System.out;
        PrintStream progress = System.err;
        try (DataDirectory dataDirectory = DataDirectory.fromEnvironment();
                BenchDatabase database = BenchDatabase.fromEnvironment();
                ConfigurableApplicationContext context = BenchMain.startWithWebServer(dataDirectory, database,
                        settings)) {
            URI api = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer()
                    .getPort() + "/api/v1/network-logs");
            DataSource dataSource = context.getBean(DataSource.class);
            progress.printf("setup: %,d network_logs rows over five months%n", rows);
            long seedStart = System.nanoTime();
            seed(dataSource, rows);
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String token = AdminLogin.token(http, api.resolve("/api/v1/auth/login"),
                    context.getBean(NetLedgerProperties.class).admin().email());
            String all = api + "?size=" + SIZE;
            String oneNas = api + "?size=" + SIZE + "&nasServerId=7";
            progress.printf("walking %d pages of %d, all and one NAS%n", pages, SIZE);
            long walkStart = System.nanoTime();
            String deepAll = walk(http, token, all, pages);
            double walkSeconds = (System.nanoTime() - walkStart) / 1e9;
            String deepNas = walk(http, token, oneNas, pages);

            List<ScenarioResult> results = new ArrayList<>();
            results.add(measure(progress, "page 1", requests, get(http, token, URI.create(all))));
            results.add(measure(progress, "page " + pages + " (cursor)", requests,
                    get(http, token, URI.create(all + "&cursor=" + deepAll))));
            results.add(measure(progress, "page 1, one NAS", requests, get(http, token, URI.create(oneNas))));
            results.add(measure(progress, "page " + pages + ", one NAS", requests,
                    get(http, token, URI.create(oneNas + "&cursor=" + deepNas))));
            int offset = (pages - 1) * SIZE;
            results.add(measure(progress, "page " + pages + " by OFFSET (SQL)", requests, () -> {
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement statement = connection.prepareStatement("""
                                select id, nas_server_id, subscription_id, log_type, message, source_ip, destination_ip,
                                       port, additional_data::text, occurred_at, created_at
                                from network_logs order by occurred_at desc, id desc offset ? limit ?""")) {
                    statement.setInt(1, offset);
                    statement.setInt(2, SIZE);
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            result.getString(5);
                        }
                    }
                }
            }));

            out.printf("network_logs: %,d rows in %.1f s (%,.0f rows/s, one insert ... select); walk of %d pages "
                    + "over HTTP %.1f s%n", rows, seedSeconds, rows / seedSeconds, pages, walkSeconds);
            out.printf("%n%-28s %8s %8s %9s %8s %8s%n", "scenario", "requests", "seconds", "req/s", "p50 ms", "p99 ms");
            for (ScenarioResult r : results) {
                out.printf("%-28s %8d %8.1f %,9.0f %8.2f %8.2f%n", r.name(), r.count(), r.seconds(),
                        r.opsPerSecond(), r.p50Millis(), r.p99Millis());
            }
            double ratio = results.get(1).p50Millis() / results.get(0).p50Millis();
            out.printf("%npage %d / page 1 at p50: %.2f (goal: as fast, about 1)%n", pages, ratio);
        }
    }

    /** Rows one a second or so backwards from now, over 20 NAS, a fifth of them a subscription's. */
    private static void seed(DataSource dataSource, int rows) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into network_logs (id, nas_server_id, subscription_id, log_type, message, source_ip,
                                              destination_ip, port, additional_data, occurred_at, created_at)
                    select n, 1 + n %% %d, case when n %% 5 = 0 then 1000 + n %% 997 end,
                           (array['authentication', 'connection', 'error', 'system'])[1 + n %% 4],
                           'user' || (n %% 997) || ' logged in, 10.99.' || (n %% 250) || '.' || (n %% 200),
                           '10.99.' || (n %% 250) || '.' || (n %% 200), '93.184.216.34', 443,
                           jsonb_build_object('topics', 'pppoe,ppp,info,account', 'event', 'login'),
                           now() - (n * (150 * 86400.0 / %d)) * interval '1 second', now()
                    from generate_series(1, %d) n""".formatted(NAS_COUNT, rows, rows));
            statement.execute("analyze network_logs");
        }
    }

    /** Follows {@code next} to the given page; answers that page's cursor. */
    private static String walk(HttpClient http, String token, String first, int pages) throws Exception {
        String cursor = null;
        for (int page = 1; page < pages; page++) {
            URI uri = URI.create(first + (cursor == null ? "" : "&cursor=" + cursor));
            HttpResponse<String> response = http.send(request(uri, token), HttpResponse.BodyHandlers.ofString());
            Matcher next = NEXT.matcher(response.body());
            if (response.statusCode() != 200 || !next.find()) {
                throw new IllegalStateException("page " + page + " answered " + response.statusCode());
            }
            cursor = next.group(1);
        }
        return cursor;
    }

    private static Operation get(HttpClient http, String token, URI uri) {
        return () -> {
            HttpResponse<byte[]> response = http.send(request(uri, token), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
        };
    }

    private static ScenarioResult measure(PrintStream progress, String name, int requests, Operation operation)
            throws Exception {
        progress.printf("running %s: %d warm-up, %d measured%n", name, requests / 5, requests);
        return ClosedLoopRunner.run(name, 1, requests / 5, requests, operation);
    }

    private static HttpRequest request(URI uri, String token) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build();
    }
}
