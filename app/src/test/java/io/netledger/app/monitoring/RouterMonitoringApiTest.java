package io.netledger.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import io.netledger.routeros.simulator.Fault;
import io.netledger.routeros.simulator.RouterActivity;
import io.netledger.routeros.simulator.RouterOsSimulator;
import io.netledger.routeros.simulator.SimulatorConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The poller against a RouterOS simulator on a real port: a customer online, the bytes of his session, the load
 * of the router, a reboot, three missed polls and the router back. Polls every second here instead of every
 * minute; the router answers within 1.5 s or the poll is missed. Routers' accounts are written (FairUsageApiTest
 * shares this context), but no subscription here is paid for, so none is put on a router.
 */
@TestPropertySource(properties = {"netledger.polling.enabled=true", "netledger.polling.every=1s",
        "netledger.polling.tick=100ms", "netledger.routers.provisioning=automatic"})
class RouterMonitoringApiTest extends ApiTest {

    private static final String ROUTER_USER = "netledger";
    private static final String ROUTER_PASSWORD = "Router-Pw-1";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    private JdbcTemplate jdbc;

    private RouterOsSimulator router;
    private RouterActivity activity;
    private String staff;
    private String nas;
    private String subscription;
    private String username;
    private String customer;
    private final List<InputStream> streams = new ArrayList<>();

    @BeforeEach
    void aSubscriptionOnAPolledRouter() throws Exception {
        router = RouterOsSimulator.start(SimulatorConfig.defaults().withCredentials(ROUTER_USER, ROUTER_PASSWORD)
                .withVersion("7.16"));
        activity = RouterActivity.on(router);
        staff = adminToken();
        customer = newCustomer(staff, "Pelanggan " + Ids.next());
        String plan = api.post("/api/v1/service-plans", staff, """
                {"name": "Rumah %s", "price": "150000", "billingCycle": "monthly", "downloadSpeed": 20000,
                 "uploadSpeed": 10000, "dataUnit": "unlimited"}""".formatted(Ids.next())).json().get("id").asText();
        nas = api.post("/api/v1/nas-servers", staff, """
                {"name": "POP %s", "ipAddress": "127.0.0.1", "port": %d, "username": "%s", "password": "%s",
                 "apiType": "routeros_v7"}""".formatted(Ids.next(), router.port(), ROUTER_USER, ROUTER_PASSWORD))
                .json().get("id").asText();
        username = "mon-" + Ids.next();
        subscription = api.post("/api/v1/customers/" + customer + "/subscriptions", staff, """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "%s", "password": "pppoe-pw-1",
                 "startDate": "2026-12-01"}""".formatted(plan, nas, username)).json().get("id").asText();
        api.awaitGet("/api/v1/subscriptions/" + subscription, staff, r -> r.status() == 200);
    }

    @AfterEach
    void stopRouter() {
        router.close();
        // the router is gone: no longer poll it while the next tests run in this context
        api.post("/api/v1/nas-servers/" + nas + "/deactivate", staff, null);
    }

    @Test
    void theNasShowsOnlineWithItsLoadAndSessionsAndTheCustomersBytesAreStoredPerPoll() {
        activity.load(42, 2_147_483_648L);
        JsonNode online = awaitNas(n -> n.path("online").asBoolean(false) && n.path("cpuUsage").asInt() == 42);
        assertThat(online.get("memoryUsage").asDouble()).isEqualTo(50.0);
        assertThat(online.get("connectionCount").asInt()).isZero();
        assertThat(OffsetDateTime.parse(online.get("lastSeen").asText())).isAfter(OffsetDateTime.now().minusMinutes(1));
        assertThat(online.has("password")).isFalse();

        activity.pppLogin(username, "10.77.0.15", "AA:BB:CC:00:00:15");
        activity.pppLogin("staff-test-line", "10.77.0.99", null);
        JsonNode twoSessions = awaitNas(n -> n.path("connectionCount").asInt() == 2);
        String whileTwo = OffsetDateTime.now().toString();
        activity.load(7, 2_147_483_648L);
        awaitNas(n -> n.path("cpuUsage").asInt() == 7);
        JsonNode then = api.get("/api/v1/nas-servers/" + nas + "?asOf=" + whileTwo, staff).json();
        assertThat(then.get("cpuUsage").asInt()).as("as of a moment, the last poll by then: " + then).isEqualTo(42);
        assertThat(then.get("connectionCount").asInt()).isEqualTo(2);
        assertThat(OffsetDateTime.parse(then.get("lastSeen").asText()))
                .isBeforeOrEqualTo(OffsetDateTime.parse(whileTwo))
                .isAfterOrEqualTo(OffsetDateTime.parse(twoSessions.get("lastSeen").asText()));
        activity.transfer(username, 30_000_000, 2_000_000);
        awaitBytes("bytes_down", 30_000_000);
        activity.transfer(username, 5_000_000, 500_000);
        awaitBytes("bytes_down", 35_000_000);
        awaitBytes("bytes_up", 2_500_000);

        assertThat(jdbc.queryForObject("""
                select count(distinct subscription_id) from monitoring_data
                where nas_server_id = ? and subscription_id is not null""", Long.class, Long.parseLong(nas)))
                .as("the staff line is counted as a session but is nobody's subscription").isEqualTo(1);
        assertThat(jdbc.queryForMap("select online, address, caller_mac from subscription_sessions where subscription_id = ?",
                Long.parseLong(subscription))).containsEntry("online", true).containsEntry("address", "10.77.0.15")
                .containsEntry("caller_mac", "AA:BB:CC:00:00:15");
        assertThat(jdbc.queryForObject("""
                select count(*) from monitoring_data where nas_server_id = ? and metric_type = 'bandwidth_in'
                and additional_data ->> 'interface' = 'ether1'""", Long.class, Long.parseLong(nas))).isPositive();
        assertThat(api.get("/api/v1/nas-servers?active=true&size=100", staff).json().get("content"))
                .anySatisfy(n -> {
                    assertThat(n.get("id").asText()).isEqualTo(nas);
                    assertThat(n.get("online").asBoolean()).isTrue();
                });

        activity.pppLogout(username);
        Awaitility.await().atMost(WAIT).until(() -> !jdbc.queryForObject(
                "select online from subscription_sessions where subscription_id = ?", Boolean.class,
                Long.parseLong(subscription)));
    }

    @Test
    void aRebootResetsTheCountersWithoutLosingOrInventingBytes() {
        activity.pppLogin(username, "10.77.0.15", "AA:BB:CC:00:00:15");
        awaitNas(n -> n.path("connectionCount").asInt() == 1);
        activity.transfer(username, 8_000_000, 800_000);
        awaitBytes("bytes_down", 8_000_000);

        activity.reboot();
        awaitNas(n -> n.path("connectionCount").asInt() == 0);
        activity.pppLogin(username, "10.77.0.15", "AA:BB:CC:00:00:15");
        awaitNas(n -> n.path("connectionCount").asInt() == 1);
        activity.transfer(username, 1_000_000, 100_000);

        awaitBytes("bytes_down", 9_000_000);
        assertThat(jdbc.queryForObject("""
                select coalesce(max(value), 0) from monitoring_data
                where nas_server_id = ? and metric_type = 'bandwidth_in'""", Double.class, Long.parseLong(nas)))
                .as("no rate from a counter that went down").isLessThan(1_000.0);
    }

    @Test
    void aRouterMissingThreePollsIsDownInTheAuditLogAndUpAgainWhenItAnswers() {
        awaitNas(n -> n.path("online").asBoolean(false));
        activity.pppLogin(username, "10.77.0.18", "AA:BB:CC:00:00:18");
        Awaitility.await().atMost(WAIT).until(() -> api.get("/api/v1/subscriptions/" + subscription, staff).json()
                .path("online").asBoolean(false));
        router.faults().on("/system/resource/print", new Fault.DropConnection(), 1_000_000);

        JsonNode down = awaitNas(n -> n.has("online") && !n.path("online").isNull() && !n.get("online").asBoolean());
        assertThat(down.get("lastSeen").isNull()).isFalse();
        assertThat(api.get("/api/v1/subscriptions/" + subscription, staff).json().get("online").asBoolean())
                .as("a router not seen shows none of its customers online").isFalse();
        assertThat(prometheus()).containsPattern("(?m)^netledger_nas_online\\{[^}]*nas=\"" + nas + "\"[^}]*} 0\\.0");
        JsonNode health = api.get("/actuator/health", adminToken()).json().at("/components/routers");
        assertThat(health.get("status").asText()).isEqualTo("DOWN");
        assertThat(health.at("/details/routers/" + nas + "/state").asText()).isEqualTo("down");

        router.faults().clear();
        awaitNas(n -> n.path("online").asBoolean(false));
        assertThat(prometheus()).containsPattern("(?m)^netledger_nas_online\\{[^}]*nas=\"" + nas + "\"[^}]*} 1\\.0");
        assertThat(api.get("/actuator/health", adminToken()).json().at("/components/routers/details/routers/" + nas
                + "/state").asText()).isEqualTo("answering");
        Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select action from audit_logs where model_id = ? and action in ('up', 'down') order by created_at",
                String.class, Long.parseLong(nas))).containsExactly("up", "down", "up"));
    }

    @Test
    void theSubscriptionShowsItsSessionAndUsageThisPeriodAndTheCustomerReadsHisOwnUsageOnly() {
        String portal = customerLogin(staff, customer);
        Reply offline = api.get("/api/v1/subscriptions/" + subscription, portal);
        assertThat(offline.status()).as(offline.body()).isEqualTo(200);
        assertThat(offline.json().get("online").asBoolean()).isFalse();
        assertThat(offline.json().get("usageThisPeriod").get("bytesDown").asLong()).isZero();
        String beforeLogin = OffsetDateTime.now().toString();

        activity.pppLogin(username, "10.77.0.16", "AA:BB:CC:00:00:16");
        awaitNas(n -> n.path("connectionCount").asInt() == 1);
        activity.transfer(username, 12_000_000, 3_000_000);
        awaitBytes("bytes_down", 12_000_000);

        JsonNode online = api.get("/api/v1/subscriptions/" + subscription, portal).json();
        assertThat(online.get("online").asBoolean()).isTrue();
        assertThat(online.get("address").asText()).isEqualTo("10.77.0.16");
        assertThat(online.get("callerMac").asText()).isEqualTo("AA:BB:CC:00:00:16");
        assertThat(OffsetDateTime.parse(online.get("sessionSince").asText()))
                .isBefore(OffsetDateTime.now().plusSeconds(1));
        JsonNode usage = online.get("usageThisPeriod");
        assertThat(usage.get("bytesDown").asLong()).isEqualTo(12_000_000);
        assertThat(usage.get("bytesUp").asLong()).isEqualTo(3_000_000);
        assertThat(usage.get("periodStart").asText()).isNotEmpty();

        // As of a moment, the polls up to it: offline with nothing used before the login, as now after it.
        JsonNode then = api.get("/api/v1/subscriptions/" + subscription + "?asOf=" + beforeLogin, staff).json();
        assertThat(then.get("online").asBoolean()).as(then.toString()).isFalse();
        assertThat(then.get("address").isNull()).isTrue();
        assertThat(then.get("usageThisPeriod").get("bytesDown").asLong()).isZero();
        JsonNode lately = api.get("/api/v1/subscriptions/" + subscription + "?asOf=" + OffsetDateTime.now(), staff)
                .json();
        assertThat(lately.get("online").asBoolean()).as(lately.toString()).isTrue();
        assertThat(lately.get("address").asText()).isEqualTo("10.77.0.16");
        assertThat(lately.get("callerMac").asText()).isEqualTo("AA:BB:CC:00:00:16");
        assertThat(lately.get("usageThisPeriod").get("bytesDown").asLong()).isEqualTo(12_000_000);

        Reply buckets = api.get("/api/v1/subscriptions/" + subscription + "/usage?step=1d", portal);
        assertThat(buckets.status()).as(buckets.body()).isEqualTo(200);
        long down = 0;
        for (JsonNode bucket : buckets.json().get("buckets")) {
            down += bucket.get("bytesDown").asLong();
        }
        assertThat(down).isEqualTo(12_000_000);

        String stranger = customerLogin(staff, newCustomer(staff, "Tetangga " + Ids.next()));
        assertProblem(api.get("/api/v1/subscriptions/" + subscription + "/usage", stranger), 404, "does not exist");
        assertThat(api.get("/api/v1/nas-servers/" + nas + "/metrics?type=cpu_usage", portal).status()).isEqualTo(403);
    }

    @Test
    void theNasMetricsComeInBucketsWithMinAverageAndMax() {
        activity.load(20, 2_147_483_648L);
        awaitNas(n -> n.path("cpuUsage").asInt() == 20);
        activity.load(60, 2_147_483_648L);
        awaitNas(n -> n.path("cpuUsage").asInt() == 60);

        String from = OffsetDateTime.now().minusHours(1).toString();
        Reply cpu = api.get("/api/v1/nas-servers/" + nas + "/metrics?type=cpu_usage&step=1h&from=" + from, staff);
        assertThat(cpu.status()).as(cpu.body()).isEqualTo(200);
        assertThat(cpu.json().get("unit").asText()).isEqualTo("percent");
        JsonNode bucket = cpu.json().get("buckets").get(cpu.json().get("buckets").size() - 1);
        assertThat(bucket.get("min").asDouble()).isLessThanOrEqualTo(20.0);
        assertThat(bucket.get("max").asDouble()).isEqualTo(60.0);
        assertThat(bucket.get("avg").asDouble()).isBetween(bucket.get("min").asDouble(), 60.0);

        Reply bandwidth = api.get("/api/v1/nas-servers/" + nas + "/metrics?type=bandwidth_in&interface=ether1", staff);
        assertThat(bandwidth.status()).as(bandwidth.body()).isEqualTo(200);
        assertThat(bandwidth.json().get("unit").asText()).isEqualTo("Mbps");
    }

    @Test
    void badQueriesOfMetricsAndUsageAreProblemsAndUnknownIdsAreNotFound() {
        String metrics = "/api/v1/nas-servers/" + nas + "/metrics";
        assertProblem(api.get(metrics, staff), 400, "type is required");
        assertProblem(api.get(metrics + "?type=temperature", staff), 400, "type must be one of");
        assertProblem(api.get(metrics + "?type=bandwidth_in", staff), 400, "interface is required");
        assertProblem(api.get(metrics + "?type=cpu_usage&interface=ether1", staff), 400, "whole NAS");
        assertProblem(api.get(metrics + "?type=bandwidth_in&interface=ether%01", staff), 400, "one line");
        assertProblem(api.get(metrics + "?type=cpu_usage&from=yesterday", staff), 400, "ISO-8601");
        assertProblem(api.get(metrics + "?type=cpu_usage&step=5x", staff), 400, "step must be");
        assertProblem(api.get(metrics + "?type=cpu_usage&step=99999999999m", staff), 400, "step must be");
        assertProblem(api.get(metrics + "?type=cpu_usage&step=1s&from=2026-01-01T00:00:00Z", staff), 400,
                "buckets");
        assertProblem(api.get(metrics + "?type=cpu_usage&from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z",
                staff), 400, "before");
        assertProblem(api.get(metrics + "?type=cpu_usage&from=2020-01-01T00:00:00Z&step=1d", staff), 400, "at most");
        assertProblem(api.get("/api/v1/nas-servers/" + Ids.next() + "/metrics?type=cpu_usage", staff), 404,
                "does not exist");
        assertThat(api.get("/api/v1/nas-servers/not-a-number/metrics?type=cpu_usage", staff).isProblem()).isTrue();

        String usage = "/api/v1/subscriptions/" + subscription + "/usage";
        assertProblem(api.get(usage + "?step=0m", staff), 400, "step must be");
        assertProblem(api.get(usage + "?to=2026-13-01T00:00:00Z", staff), 400, "ISO-8601");
        assertProblem(api.get("/api/v1/subscriptions/" + Ids.next() + "/usage", staff), 404, "does not exist");
        Reply notANumber = api.get("/api/v1/subscriptions/12345678901234567890123/usage", staff);
        assertThat(notANumber.status()).as(notANumber.body()).isEqualTo(400);
        assertThat(notANumber.isProblem()).isTrue();
    }

    @Test
    void aRouterTooSlowToAnswerDelaysNoOtherRouter() throws Exception {
        try (RouterOsSimulator slow = RouterOsSimulator.start(SimulatorConfig.defaults()
                .withCredentials(ROUTER_USER, ROUTER_PASSWORD).withVersion("7.16"))) {
            slow.faults().latency(Duration.ofSeconds(4));
            String sluggish = api.post("/api/v1/nas-servers", staff, """
                    {"name": "Slow %s", "ipAddress": "127.0.0.1", "port": %d, "username": "%s", "password": "%s",
                     "apiType": "routeros_v7"}""".formatted(Ids.next(), slow.port(), ROUTER_USER, ROUTER_PASSWORD))
                    .json().get("id").asText();
            try {
                awaitNas(n -> n.path("online").asBoolean(false));
                long before = polls();
                Thread.sleep(6_000);
                // one poll a second while the slow router holds a poll thread for its 1.5 s timeout each time
                assertThat(polls() - before).isGreaterThanOrEqualTo(4);
                Awaitility.await().atMost(WAIT).until(() -> !api.get("/api/v1/nas-servers/" + sluggish, staff).json()
                        .path("online").asBoolean(true));
            } finally {
                api.post("/api/v1/nas-servers/" + sluggish + "/deactivate", staff, null);
            }
        }
    }

    @Test
    void staffFollowTheNasAndTheCustomerHisUsageLivePollByPoll() throws Exception {
        activity.pppLogin(username, "10.77.0.17", "AA:BB:CC:00:00:17");
        String portal = customerLogin(staff, customer);
        BlockingQueue<String> nasLines = stream("/api/v1/nas-servers/" + nas + "/metrics/stream", staff);
        BlockingQueue<String> usageLines = stream("/api/v1/subscriptions/" + subscription + "/usage/stream", portal);

        JsonNode sample = Api.JSON.readTree(nextData(nasLines, "sample"));
        assertThat(sample.get("connectionCount").asInt()).isEqualTo(1);
        assertThat(sample.has("cpuUsage")).isTrue();
        activity.transfer(username, 4_000_000, 400_000);
        Awaitility.await().atMost(WAIT).until(() -> Api.JSON.readTree(nextData(usageLines, "usage"))
                .path("bytesDown").asLong() == 4_000_000);

        String stranger = customerLogin(staff, newCustomer(staff, "Tetangga " + Ids.next()));
        assertProblem(api.get("/api/v1/subscriptions/" + subscription + "/usage/stream", stranger), 404,
                "does not exist");
        assertProblem(api.get("/api/v1/nas-servers/" + Ids.next() + "/metrics/stream", staff), 404, "does not exist");
    }

    /** The lines of a server-sent event stream as they arrive; closed after the test, or the server waits for it. */
    private BlockingQueue<String> stream(String path, String token) throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        InputStream body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream()).body();
        streams.add(body);
        Thread reader = new Thread(() -> {
            try (BufferedReader text = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                text.lines().forEach(lines::add);
            } catch (IOException | UncheckedIOException closed) {
                // the test is over
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    @AfterEach
    void closeStreams() throws IOException {
        for (InputStream stream : streams) {
            stream.close();
        }
        streams.clear();
    }

    /** The data of the next event named {@code event}. */
    private static String nextData(BlockingQueue<String> lines, String event) throws InterruptedException {
        boolean named = false;
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            if (line.equals("event:" + event)) {
                named = true;
            } else if (named && line.startsWith("data:")) {
                return line.substring("data:".length());
            }
        }
        throw new AssertionError("no " + event + " event within " + WAIT);
    }

    private long polls() {
        return jdbc.queryForObject("select count(*) from monitoring_data where nas_server_id = ? and metric_type = 'uptime'",
                Long.class, Long.parseLong(nas));
    }

    private String prometheus() {
        return api.get("/actuator/prometheus", staff).body();
    }

    private JsonNode awaitNas(java.util.function.Predicate<JsonNode> until) {
        return Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(
                () -> api.get("/api/v1/nas-servers/" + nas, staff), r -> r.status() == 200 && until.test(r.json()))
                .json();
    }

    private void awaitBytes(String metric, long total) {
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("""
                        select coalesce(sum(value), 0)::bigint from monitoring_data
                        where subscription_id = ? and metric_type = ?""", Long.class, Long.parseLong(subscription),
                        metric)).isEqualTo(total));
    }
}
