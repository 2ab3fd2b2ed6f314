package io.netledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netledger.genieacs.nbi.DeviceFleet;
import io.netledger.genieacs.nbi.GenieAcsNbiDouble;
import io.netledger.genieacs.nbi.SimulatedDevice;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Device sync against an ACS ({@code cpe-sync [--devices=N] [--informed=M]}): N devices (20,000 by default) in the
 * GenieACS NBI double on a real port, a full sync to fill the device read model, then M of them (2,000) inform and
 * an incremental sync runs, then a second full sync over the same rows, in the same run. Each is one
 * {@code POST /api/v1/genieacs-integrations/{id}/sync} over HTTP, timed from the request to the answer; the NBI
 * calls are the ones the double answered. The goal: the incremental sync reads only the devices that
 * informed and takes under 10 s.
 */
final class CpeSyncBench {

    static final Duration GOAL = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private CpeSyncBench() {
    }

    static void run(String[] args) throws Exception {
        int count = 20_000;
        int informed = 2_000;
        for (String arg : args) {
            if (arg.startsWith("--devices=")) {
                count = Integer.parseInt(arg.substring("--devices=".length()));
            } else if (arg.startsWith("--informed=")) {
                informed = Integer.parseInt(arg.substring("--informed=".length()));
            } else {
                throw new IllegalArgumentException("cpe-sync takes --devices=N and --informed=M, not " + arg);
            }
        }
        if (count < 1 || informed < 0 || informed > count) {
            throw new IllegalArgumentException("--informed must be between 0 and --devices");
        }
        PrintStream out = System.out;
        PrintStream progress = System.err;
        BenchSettings settings = BenchSettings.from(new String[0]);
        try (DataDirectory dataDirectory = DataDirectory.fromEnvironment();
                BenchDatabase database = BenchDatabase.fromEnvironment();
                GenieAcsNbiDouble acs = GenieAcsNbiDouble.start(0);
                ConfigurableApplicationContext context = BenchMain.startWithWebServer(dataDirectory, database,
                        settings)) {
            Instant anHourAgo = acs.state().clock().instant().minus(Duration.ofHours(1));
            for (int n = 1; n <= count; n++) {
                acs.state().add(DeviceFleet.device(n, anHourAgo, true).informedAt(anHourAgo));
            }
            URI base = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer()
                    .getPort());
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String token = AdminLogin.token(http, base.resolve("/api/v1/auth/login"), "admin@netledger.local");
            JsonNode created = send(http, base.resolve("/api/v1/genieacs-integrations"), token,
                    "{\"endpointUrl\": \"" + acs.url() + "\"}", 201);
            String id = created.get("id").asText();
            awaitReadable(http, base.resolve("/api/v1/genieacs-integrations/" + id), token);

            progress.println("full sync of " + count + " devices into an empty read model");
            Run first = sync(http, base, token, id, "full", acs);
            acs.state().clock().advance(Duration.ofMinutes(10));
            List<SimulatedDevice> devices = acs.state().devices();
            int step = informed == 0 ? 0 : count / informed;
            for (int i = 0; i < informed; i++) {
                acs.state().inform(devices.get(i * step).id().value());
            }
            progress.println(informed + " devices informed; incremental sync");
            Run incremental = sync(http, base, token, id, "incremental", acs);
            progress.println("full sync again, over the same rows");
            Run full = sync(http, base, token, id, "full", acs);

            boolean pass = incremental.devices() == informed && incremental.duration().compareTo(GOAL) < 0;
            out.println("cpe-sync: " + count + " devices, " + informed + " informed since the last sync");
            out.printf("  %-34s %8s %8s %10s%n", "sync", "devices", "calls", "duration");
            for (Run run : List.of(first, incremental, full)) {
                out.printf("  %-34s %8d %8d %8d ms%n", run.label(), run.devices(), run.calls(),
                        run.duration().toMillis());
            }
            out.printf("  incremental / full: %.1f%% of the time, %.1f%% of the calls%n",
                    100.0 * incremental.duration().toNanos() / full.duration().toNanos(),
                    100.0 * incremental.calls() / full.calls());
            out.println("  goal: incremental reads only the " + informed + " devices and takes < " + GOAL.toSeconds()
                    + " s: " + (pass ? "PASS" : "FAIL"));
        }
    }

    /** One sync: what the answer says it read, the NBI calls the double answered, the time over HTTP. */
    record Run(String label, int devices, long calls, Duration duration) {
    }

    private static Run sync(HttpClient http, URI base, String token, String id, String type, GenieAcsNbiDouble acs)
            throws Exception {
        acs.resetCounts();
        long started = System.nanoTime();
        JsonNode report = send(http, base.resolve("/api/v1/genieacs-integrations/" + id + "/sync?type=" + type),
                token, null, 200);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new Run(report.get("syncType").asText(), report.get("devices").asInt(), acs.requests(), took);
    }

    private static JsonNode send(HttpClient http, URI uri, String token, String body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(10));
        request = body == null ? request.POST(HttpRequest.BodyPublishers.noBody())
                : request.POST(HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static void awaitReadable(HttpClient http, URI uri, String token) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(uri + " did not become readable");
    }
}
