package io.netledger.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import io.netledger.routeros.simulator.RouterActivity;
import io.netledger.routeros.simulator.RouterOsSimulator;
import io.netledger.routeros.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A plan with a data limit of 10 MB and fair-usage speeds of 1M/2M, on a RouterOS simulator: the customer's
 * bytes reach the limit, the poller says so, the router saga moves his account to the fair-usage profile, and
 * staff lift it again. The same context as RouterMonitoringApiTest.
 */
@TestPropertySource(properties = {"netledger.polling.enabled=true", "netledger.polling.every=1s",
        "netledger.polling.tick=100ms", "netledger.routers.provisioning=automatic"})
class FairUsageApiTest extends ApiTest {

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

    @BeforeEach
    void aPaidSubscriptionWithADataLimit() throws Exception {
        router = RouterOsSimulator.start(SimulatorConfig.defaults().withCredentials(ROUTER_USER, ROUTER_PASSWORD)
                .withVersion("7.16"));
        activity = RouterActivity.on(router);
        staff = adminToken();
        String customer = newCustomer(staff, "Pelanggan " + Ids.next());
        String plan = api.post("/api/v1/service-plans", staff, """
                {"name": "Kuota %s", "price": "150000", "billingCycle": "monthly", "downloadSpeed": 20000,
                 "uploadSpeed": 10000, "dataLimit": 10, "dataUnit": "MB",
                 "metadata": {"fairUsage": {"downloadSpeed": 2000, "uploadSpeed": 1000}}}"""
                .formatted(Ids.next())).json().get("id").asText();
        nas = api.post("/api/v1/nas-servers", staff, """
                {"name": "POP %s", "ipAddress": "127.0.0.1", "port": %d, "username": "%s", "password": "%s",
                 "apiType": "routeros_v7"}""".formatted(Ids.next(), router.port(), ROUTER_USER, ROUTER_PASSWORD))
                .json().get("id").asText();
        username = "fup-" + Ids.next();
        subscription = api.post("/api/v1/customers/" + customer + "/subscriptions", staff, """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "%s", "password": "pppoe-pw-1",
                 "startDate": "2026-12-01"}""".formatted(plan, nas, username)).json().get("id").asText();
        api.awaitGet("/api/v1/subscriptions/" + subscription, staff, r -> r.status() == 200);
        api.awaitGet("/api/v1/service-plans/" + plan, staff, r -> r.status() == 200);
        api.awaitGet("/api/v1/nas-servers/" + nas, staff, r -> r.status() == 200);
        Reply issued = api.post("/api/v1/invoices", staff, """
                {"subscriptionId": "%s", "periodStart": "2026-12-01"}""".formatted(subscription));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String invoice = issued.json().get("id").asText();
        readAfter("/api/v1/invoices/" + invoice, staff, api.post("/api/v1/invoices/" + invoice + "/send", staff, null));
        Reply paid = api.post("/api/v1/invoices/" + invoice + "/payments", staff, """
                {"amount": "166500", "referenceNumber": "TRF-%s", "method": "bank_transfer"}""".formatted(invoice));
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        awaitSecret(secret -> "netledger-10M-20M".equals(secret.get("profile")));
        api.awaitGet("/api/v1/subscriptions/" + subscription, staff,
                r -> "active".equals(r.json().path("status").asText()));
    }

    @AfterEach
    void stopRouter() {
        router.close();
        api.post("/api/v1/nas-servers/" + nas + "/deactivate", staff, null);
    }

    @Test
    void reachingTheLimitMovesTheAccountToTheFairUsageProfileAndStaffLiftItAgain() {
        activity.pppLogin(username, "10.77.1.5", "AA:BB:CC:00:01:05");
        Awaitility.await().atMost(WAIT).until(() -> api.get("/api/v1/subscriptions/" + subscription, staff).json()
                .path("online").asBoolean(false));
        activity.transfer(username, 6_000_000, 1_000_000);
        Awaitility.await().atMost(WAIT).until(() -> api.get("/api/v1/subscriptions/" + subscription, staff).json()
                .at("/usageThisPeriod/bytesDown").asLong() == 6_000_000);
        assertThat(router.state().find("/ppp/secret", "name", username).orElseThrow().get("profile"))
                .as("7 MB of 10: the plan's own speeds").isEqualTo("netledger-10M-20M");

        activity.transfer(username, 3_000_000, 500_000);

        awaitSecret(secret -> "netledger-fup-1M-2M".equals(secret.get("profile")));
        assertThat(router.state().find("/ppp/profile", "name", "netledger-fup-1M-2M").orElseThrow()
                .get("rate-limit")).isEqualTo("1M/2M");
        Reply limited = api.awaitGet("/api/v1/subscriptions/" + subscription, staff,
                r -> !r.json().path("fairUsagePeriod").isNull() && r.json().has("fairUsagePeriod"));
        assertThat(limited.json().get("fairUsagePeriod").asText()).isEqualTo("2026-12-01");
        assertThat(limited.json().get("status").asText()).isEqualTo("active");

        Reply lift = api.post("/api/v1/subscriptions/" + subscription + "/fair-usage/lift", staff, null);
        assertThat(lift.status()).as(lift.body()).isEqualTo(200);
        awaitSecret(secret -> "netledger-10M-20M".equals(secret.get("profile")));
        api.awaitGet("/api/v1/subscriptions/" + subscription, staff, r -> r.json().path("fairUsagePeriod").isNull());
        Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select action from audit_logs where model_id = ? and action like 'fair_usage%' order by created_at",
                String.class, Long.parseLong(subscription))).containsExactly("fair_usage_applied", "fair_usage_lifted"));

        // the new profile takes effect at the next login: NetLedger kicked the session, the customer dials again
        assertThat(activity.online()).doesNotContain(username);
        activity.pppLogin(username, "10.77.1.5", "AA:BB:CC:00:01:05");
        // lifted by staff: the rest of this period keeps the plan's own speeds however much more is used
        Awaitility.await().atMost(WAIT).until(() -> api.get("/api/v1/subscriptions/" + subscription, staff).json()
                .path("online").asBoolean(false));
        activity.transfer(username, 5_000_000, 0);
        Awaitility.await().atMost(WAIT).until(() -> api.get("/api/v1/subscriptions/" + subscription, staff).json()
                .at("/usageThisPeriod/bytesDown").asLong() >= 14_000_000);
        assertThat(router.state().find("/ppp/secret", "name", username).orElseThrow().get("profile"))
                .isEqualTo("netledger-10M-20M");
        Reply again = api.post("/api/v1/subscriptions/" + subscription + "/fair-usage/lift", staff, null);
        assertThat(again.status()).as(again.body()).isBetween(400, 499);
        assertThat(again.isProblem()).isTrue();
        assertThat(api.post("/api/v1/subscriptions/" + Ids.next() + "/fair-usage/lift", staff, null).status())
                .isEqualTo(404);
    }

    private void awaitSecret(Predicate<Map<String, String>> until) {
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(() ->
                router.state().find("/ppp/secret", "name", username).filter(until).isPresent());
    }
}
