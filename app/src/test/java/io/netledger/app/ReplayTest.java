package io.netledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.routeros.simulator.RouterOsSimulator;
import io.netledger.routeros.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Every table people read is a projection: reset every processor, replay the whole event
 * store, and each table must come back row for row as it was. In a context of its own, with
 * routers provisioned (on a simulator) and a database of its own, so that only this test's
 * events are replayed.
 */
@TestPropertySource(properties = "netledger.routers.provisioning=automatic")
class ReplayTest extends ApiTest {

    private static final List<String> PROJECTED = List.of("service_plans", "nas_servers", "users", "profiles",
            "system_settings", "customers", "customer_subscriptions", "customer_networks", "invoices", "payments", "customer_credits", "audit_logs",
            "audit_model_state", "subscription_provisioning");

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void replayingTheEventStoreRebuildsEveryTableExactly() throws Exception {
        try (RouterOsSimulator router = RouterOsSimulator.start(SimulatorConfig.defaults()
                .withCredentials("nl", "pw-replay-2").withVersion("6.49"))) {
            replayAll(router);
        }
    }

    private void replayAll(RouterOsSimulator router) {
        String admin = adminToken();
        String plan = api.post("/api/v1/service-plans", admin, """
                {"name": "Replayed", "price": "120000", "billingCycle": "monthly", "downloadSpeed": 15000,
                 "uploadSpeed": 5000, "dataUnit": "GB", "dataLimit": 300}""").json().get("id").asText();
        api.patch("/api/v1/service-plans/" + plan, admin, "{\"price\": 125000}", null);
        api.post("/api/v1/service-plans/" + plan + "/deactivate", admin, null);
        String nas = api.post("/api/v1/nas-servers", admin, """
                {"name": "Replay POP", "ipAddress": "127.0.0.1", "port": %d, "username": "nl",
                 "password": "pw-replay-1", "apiType": "routeros_v6"}""".formatted(router.port())).json().get("id").asText();
        api.post("/api/v1/nas-servers/" + nas + "/rotate-password", admin, "{\"password\": \"pw-replay-2\"}");
        String active = api.post("/api/v1/service-plans", admin, """
                {"name": "Replayed active", "price": "99000", "billingCycle": "monthly", "downloadSpeed": 10000,
                 "uploadSpeed": 5000, "dataUnit": "unlimited"}""").json().get("id").asText();
        String customer = newCustomer(admin, "Replay");
        api.put("/api/v1/customers/" + customer, admin, "{\"name\": \"Replay Dua\", \"city\": \"Bogor\"}", null);
        customerLogin(admin, customer);
        String subscription = api.post("/api/v1/customers/" + customer + "/subscriptions", admin, """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "replay", "password": "pppoe-replay"}"""
                .formatted(active, nas)).json().get("id").asText();
        String path = "/api/v1/subscriptions/" + subscription;
        api.post(path + "/activate", admin, "{\"endDate\": \"2099-01-31\"}");
        api.post(path + "/router-sync", admin, "{\"mikrotikId\": \"*1A\", \"mikrotikConfig\": {\"profile\": \"10M\"}}");
        api.post(path + "/networks", admin, "{\"ipAddress\": \"10.9.1.2\", \"macAddress\": \"02:00:00:00:00:01\"}");
        String second = api.post(path + "/networks", admin, "{\"ipAddress\": \"10.9.1.3\", \"primary\": true}")
                .json().get("id").asText();
        api.put(path + "/networks/" + second, admin, "{\"ipAddress\": \"10.9.1.4\", \"vlanId\": \"20\"}", null);
        api.post(path + "/suspend", admin, "{\"reason\": \"telat bayar\"}");
        String invoice = api.post("/api/v1/invoices", admin, """
                {"subscriptionId": "%s", "periodStart": "2099-02-01"}""".formatted(subscription))
                .json().get("id").asText();
        api.post("/api/v1/invoices/" + invoice + "/send", admin, null);
        api.post("/api/v1/invoices/" + invoice + "/payments", admin,
                "{\"amount\": \"120000\", \"referenceNumber\": \"REPLAY-1\"}");
        String cancelled = api.post("/api/v1/invoices", admin, """
                {"subscriptionId": "%s", "periodStart": "2099-03-01"}""".formatted(subscription))
                .json().get("id").asText();
        api.post("/api/v1/invoices/" + cancelled + "/cancel", admin, "{\"reason\": \"replay\"}");
        String user = api.post("/api/v1/users", admin, """
                {"name": "Replayed", "email": "replay-%d@isp.id", "password": "replay-password-1", "role": "staff"}"""
                .formatted(Ids.next())).json().get("id").asText();
        api.put("/api/v1/users/" + user + "/profile", admin, """
                {"city": "Bekasi", "birthDate": "1990-05-17", "gender": "male"}""", null);
        api.put("/api/v1/users/" + user + "/profile", admin, """
                {"city": "Depok", "photo": "https://cdn.isp.id/r.png"}""", null);
        api.post("/api/v1/users/" + user + "/verify-email", admin, null);
        api.post("/api/v1/users/" + user + "/password", admin, "{\"newPassword\": \"replay-password-2\"}");
        awaitQuiet();
        Map<String, List<String>> before = snapshot();
        assertThat(before.get("service_plans")).isNotEmpty();
        assertThat(before.get("customer_networks")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(before.get("profiles")).anyMatch(row -> row.contains("Depok"));
        assertThat(before.get("customer_credits")).isNotEmpty();
        assertThat(before.get("audit_logs")).hasSizeGreaterThanOrEqualTo(5);

        assertThat(before.get("subscription_provisioning")).as("the sagas put the subscription on the router")
                .isNotEmpty();
        int routerCommands = router.commandLog().size();

        StreamingEventProcessor sagas = (StreamingEventProcessor) processing
                .eventProcessor("SubscriptionOnRouterProcessor").orElseThrow();
        assertThat(sagas.supportsReset()).as("a saga processor is never replayed: it would call routers").isFalse();
        List<StreamingEventProcessor> processors = Processors.resetAll(processing);
        assertThat(jdbc.queryForObject("select count(*) from service_plans", Long.class))
                .as("the reset emptied the read models").isZero();
        assertThat(jdbc.queryForObject("select count(*) from nas_servers", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from profiles", Long.class)).isZero();
        processors.forEach(StreamingEventProcessor::start);
        Processors.awaitCaughtUp(processing, jdbc);

        Map<String, List<String>> after = snapshot();
        PROJECTED.forEach(table -> assertThat(after.get(table)).as(table).containsExactlyElementsOf(before.get(table)));
        assertThat(router.commandLog()).as("rebuilding the read models did not touch the router")
                .hasSize(routerCommands);
    }

    /**
     * Until the sagas are done with the router and everything they caused is projected: every processor at
     * the head, no router work under way or waiting for a retry, and no new event for half a second.
     */
    private void awaitQuiet() {
        long[] last = {-1};
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            long head = Processors.head(jdbc);
            boolean quiet = head == last[0];
            last[0] = head;
            return quiet && Processors.allCaughtUpTo(processing, head) && jdbc.queryForObject("""
                    select count(*) from subscription_provisioning where state in ('in_progress', 'retrying')""",
                    Long.class) == 0;
        });
    }

    /** Each table as text rows in primary-key order: equal snapshots mean equal tables. */
    private Map<String, List<String>> snapshot() {
        return PROJECTED.stream().collect(Collectors.toMap(table -> table,
                table -> jdbc.queryForList("select t::text from " + table + " t order by 1", String.class)));
    }
}
