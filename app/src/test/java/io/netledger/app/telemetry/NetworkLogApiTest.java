package io.netledger.app.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import io.netledger.routeros.simulator.Fault;
import io.netledger.routeros.simulator.RouterLogEvents;
import io.netledger.routeros.simulator.RouterOsSimulator;
import io.netledger.routeros.simulator.SimulatorConfig;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A router's /log followed into network_logs against a RouterOS simulator on a real port, across a reboot that
 * numbers the log anew, and read back over GET /api/v1/network-logs by staff and by the customer.
 */
@TestPropertySource(properties = {
        "netledger.router-logs.enabled=true",
        "netledger.router-logs.round=300ms",
        "netledger.router-logs.every=1s",
        // a router that does not answer holds its reader this long: far longer than another router's interval
        "netledger.routers.command-timeout=20s"})
class NetworkLogApiTest extends ApiTest {

    private static final String MAC = "52:54:00:AA:00:03";

    @Autowired
    private JdbcTemplate jdbc;

    private RouterOsSimulator router;
    private String staff;
    private String nas;
    private String customer;
    private String subscription;
    private String alice;

    @BeforeEach
    void stock() throws Exception {
        router = RouterOsSimulator.start(SimulatorConfig.defaults().withCredentials("netledger", "Router-Pw-1")
                .withVersion("7.16"));
        staff = adminToken();
        nas = register(router);
        customer = newCustomer(staff, "Alice");
        alice = "alice-" + Ids.next();
        subscription = sell(customer, alice);
    }

    @AfterEach
    void stopRouter() {
        router.close();
    }

    @Test
    void followsTheLogIntoNetworkLogsAcrossARebootNeitherTwiceNorSkipping() {
        RouterLogEvents events = router.logEvents();
        events.pppLogin(alice, "10.99.0.2", MAC);
        events.firewallHit("drop-wan", "forward", "ether2", "ether1", "TCP", "10.99.0.2", 51234, "93.184.216.34", 443);
        events.pppLoginFailed(alice, MAC, 16);
        events.pppLogout(alice, "peer is not responding", 143, 115_036, 112_418);
        awaitEveryRouterLineStored();

        events.reboot();
        events.pppLogin(alice, "10.99.0.7", MAC);
        awaitEveryRouterLineStored();

        assertThat(storedOnce("system,info", "router rebooted")).as("the factory boot's and the reboot's").isEqualTo(2);
        assertThat(storedOnce("pppoe,ppp,info,account", alice + " logged in, 10.99.0.2 from " + MAC)).isEqualTo(1);
        assertThat(storedOnce("pppoe,ppp,info,account", alice + " logged in, 10.99.0.7 from " + MAC)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from (select additional_data ->> 'routerId', message, count(*) from network_logs
                where nas_server_id = ? and message <> 'router rebooted' group by 1, 2 having count(*) > 1) twice""",
                Long.class, Long.parseLong(nas)))
                .as("no line stored twice (both boots begin with *1 router rebooted, counted above)").isZero();

        JsonNode logs = api.get("/api/v1/network-logs?nasServerId=" + nas + "&subscriptionId=" + subscription, staff).json();
        List<JsonNode> content = list(logs.get("content"));
        assertThat(content).extracting(log -> log.get("subscriptionId").asText()).containsOnly(subscription);
        JsonNode failed = content.stream().filter(log -> log.get("message").asText().endsWith("authentication failed"))
                .findFirst().orElseThrow();
        assertThat(failed.get("logType").asText()).isEqualTo("authentication");
        assertThat(failed.get("additionalData").get("reason").asText()).isEqualTo("authentication failed");
        JsonNode hit = content.stream().filter(log -> log.get("message").asText().startsWith("drop-wan"))
                .findFirst().orElseThrow();
        assertThat(hit.get("logType").asText()).isEqualTo("connection");
        assertThat(hit.get("sourceIp").asText()).isEqualTo("10.99.0.2");
        assertThat(hit.get("destinationIp").asText()).isEqualTo("93.184.216.34");
        assertThat(hit.get("port").asInt()).isEqualTo(443);
        assertThat(hit.get("additionalData").get("sourcePort").asInt()).isEqualTo(51234);
        assertThat(hit.get("nasServerId").asText()).isEqualTo(nas);

        // newest first
        List<String> times = content.stream().map(log -> log.get("occurredAt").asText()).toList();
        assertThat(times).isSortedAccordingTo((a, b) -> java.time.OffsetDateTime.parse(b).compareTo(java.time.OffsetDateTime.parse(a)));
    }

    @Test
    void pagesWithAKeysetCursorNewestFirstWithoutGapsOrRepeats() {
        for (int i = 0; i < 7; i++) {
            router.logEvents().line("script,info", "paging line " + i);
        }
        awaitEveryRouterLineStored();
        String filter = "/api/v1/network-logs?nasServerId=" + nas + "&logType=system&q=" + encode("paging line");
        List<String> all = list(api.get(filter + "&size=500", staff).json().get("content")).stream()
                .map(log -> log.get("id").asText()).toList();
        assertThat(all).hasSize(7);

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = api.get(filter + "&size=3" + (cursor == null ? "" : "&cursor=" + cursor), staff).json();
            list(page.get("content")).forEach(log -> paged.add(log.get("id").asText()));
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(paged).isEqualTo(all);
        assertThat(list(api.get(filter + "&size=500", staff).json().get("content")))
                .extracting(log -> log.get("message").asText()).startsWith("paging line 6", "paging line 5");
    }

    @Test
    void aCustomerReadsOnlyTheLinesOfHisOwnSubscriptions() {
        String otherCustomer = newCustomer(staff, "Budi");
        String budi = "budi-" + Ids.next();
        String budisSubscription = sell(otherCustomer, budi);
        router.logEvents().pppLogin(alice, "10.99.0.2", MAC);
        router.logEvents().pppLogin(budi, "10.99.0.3", "52:54:00:AA:00:04");
        awaitEveryRouterLineStored();

        String portal = customerLogin(staff, customer);
        List<JsonNode> his = list(api.get("/api/v1/network-logs?nasServerId=" + nas, portal).json().get("content"));
        assertThat(his).isNotEmpty().extracting(log -> log.get("subscriptionId").asText()).containsOnly(subscription);
        assertThat(his).extracting(log -> log.get("message").asText()).noneMatch(message -> message.contains(budi));
        assertThat(list(api.get("/api/v1/network-logs?nasServerId=" + nas, staff).json().get("content")))
                .extracting(log -> log.get("message").asText()).anyMatch(message -> message.contains(budi));
        assertThat(list(api.get("/api/v1/network-logs?subscriptionId=" + budisSubscription, portal).json()
                .get("content"))).as("another customer's subscription is none of his").isEmpty();
        assertThat(list(api.get("/api/v1/network-logs?subscriptionId=" + budisSubscription, staff).json()
                .get("content"))).isNotEmpty();
    }

    @Test
    void badQueriesAreProblemsNamingTheParameter() {
        String path = "/api/v1/network-logs?";
        assertProblem(api.get(path + "cursor=not-a-cursor", staff), 400, "cursor");
        assertProblem(api.get(path + "cursor=" + "A".repeat(200), staff), 400, "cursor");
        assertProblem(api.get(path + "logType=firewall", staff), 400, "logType");
        assertProblem(api.get(path + "from=yesterday", staff), 400, "from");
        assertProblem(api.get(path + "from=2026-12-07T10:00:00Z&to=2026-12-01T10:00:00Z", staff), 400, "before");
        assertProblem(api.get(path + "nasServerId=abc", staff), 400, "nasServerId");
        assertProblem(api.get(path + "subscriptionId=99999999999999999999", staff), 400, "subscriptionId");
        assertProblem(api.get(path + "size=0", staff), 400, "size");
        assertProblem(api.get(path + "size=100000", staff), 400, "size");
        assertProblem(api.get(path + "q=%01bad", staff), 400, "control");
        assertProblem(api.get(path + "q=" + "x".repeat(201), staff), 400, "q");
        assertThat(api.get(path, null).status()).isEqualTo(401);
    }

    @Test
    void aRouterThatDoesNotAnswerDelaysNoOtherRouter() throws Exception {
        try (RouterOsSimulator silent = RouterOsSimulator.start(SimulatorConfig.defaults()
                .withCredentials("netledger", "Router-Pw-1").withVersion("7.16"))) {
            silent.faults().on("/system/resource/print", new Fault.NoAnswer(), Integer.MAX_VALUE);
            String silentNas = register(silent);
            await().atMost(Duration.ofSeconds(10)).until(() -> silent.commandLog().contains("/system/resource/print"));

            for (int i = 0; i < 3; i++) {
                router.logEvents().line("script,info", "while another router hangs " + i);
                long start = System.nanoTime();
                awaitEveryRouterLineStored();
                assertThat(Duration.ofNanos(System.nanoTime() - start))
                        .as("stored within a few of its 1 s intervals, not after the other's 20 s timeout")
                        .isLessThan(Duration.ofSeconds(5));
            }
            assertThat(jdbc.queryForObject("select count(*) from network_logs where nas_server_id = ?", Long.class,
                    Long.parseLong(silentNas))).isZero();
        }
    }

    private String register(RouterOsSimulator simulator) {
        // the simulator prints times in this JVM's zone: the NAS says so, as an ISP sets a router's own zone
        Reply created = api.post("/api/v1/nas-servers", staff, """
                {"name": "POP logs %s", "ipAddress": "127.0.0.1", "port": %d, "username": "netledger",
                 "password": "Router-Pw-1", "apiType": "routeros_v7", "configuration": {"timeZone": "%s"}}"""
                .formatted(Ids.next(), simulator.port(), ZoneId.systemDefault().getId()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /** Every line the router holds is in network_logs under its id, as far as the follower has read. */
    private void awaitEveryRouterLineStored() {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            List<Map<String, String>> held = router.state().records("/log");
            List<String> stored = jdbc.queryForList("""
                    select (additional_data ->> 'routerId') || ' ' || message from network_logs
                    where nas_server_id = ?""", String.class, Long.parseLong(nas));
            // the follower's own API login is logged as it reads: the line logged by the newest read may wait for the next
            List<String> expected = held.stream()
                    .filter(line -> !line.get("message").startsWith("user netledger logged in"))
                    .map(line -> line.get(".id") + " " + line.get("message")).toList();
            assertThat(stored).containsAll(expected);
        });
    }

    private long storedOnce(String topics, String message) {
        return jdbc.queryForObject("""
                select count(*) from network_logs where nas_server_id = ? and message = ?
                and additional_data ->> 'topics' = ?""", Long.class, Long.parseLong(nas), message, topics);
    }

    private String sell(String customerId, String username) {
        Reply plan = api.post("/api/v1/service-plans", staff, """
                {"name": "Home %s", "price": "150000", "billingCycle": "monthly", "downloadSpeed": 20000,
                 "uploadSpeed": 10000, "dataUnit": "unlimited"}""".formatted(Ids.next()));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        Reply sold = api.post("/api/v1/customers/" + customerId + "/subscriptions", staff, """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "%s", "password": "Pppoe-Rahasia-5521"}"""
                .formatted(plan.json().get("id").asText(), nas, username));
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);
        String id = sold.json().get("id").asText();
        readAfter("/api/v1/subscriptions/" + id, staff, sold);
        return id;
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
