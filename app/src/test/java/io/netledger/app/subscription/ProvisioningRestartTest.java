package io.netledger.app.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.NetLedgerApplication;
import io.netledger.app.Api;
import io.netledger.app.Api.Reply;
import io.netledger.app.TestDatabase;
import io.netledger.routeros.simulator.Fault;
import io.netledger.routeros.simulator.RouterOsSimulator;
import io.netledger.routeros.simulator.SimulatorConfig;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A payment acknowledged while the router is down, then NetLedger restarts: the saga's retry is a deadline in
 * PostgreSQL, so the new process provisions the subscription once the router is back.
 */
class ProvisioningRestartTest {

    private static final String ADMIN_PASSWORD = "restart-provisioning-pw";

    @TempDir
    Path dataDir;

    @Test
    void aProvisioningInterruptedByARestartCompletesAfterIt() throws Exception {
        String database = TestDatabase.createDatabase();
        try (RouterOsSimulator router = RouterOsSimulator.start(SimulatorConfig.defaults()
                .withCredentials("netledger", "Router-Pw-1").withVersion("7.16"))) {
            router.faults().onLogin(new Fault.DropConnection(), Integer.MAX_VALUE);
            String subscription;
            String username = "restart-" + System.nanoTime();
            try (ConfigurableApplicationContext first = start(database)) {
                Api api = api(first);
                String staff = api.login("admin@netledger.local", ADMIN_PASSWORD);
                subscription = paidSubscription(api, staff, router.port(), username);
                api.awaitGet("/api/v1/subscriptions/" + subscription + "/provisioning", staff,
                        r -> "retrying".equals(r.json().path("state").asText()));
            }
            assertThat(router.state().find("/ppp/secret", "name", username)).as("the router was down").isEmpty();

            router.faults().clear();
            try (ConfigurableApplicationContext second = start(database)) {
                Api api = api(second);
                String staff = api.login("admin@netledger.local", ADMIN_PASSWORD);
                Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> router.state()
                        .find("/ppp/secret", "name", username).filter(s -> "false".equals(s.get("disabled")))
                        .isPresent());
                api.awaitGet("/api/v1/subscriptions/" + subscription, staff,
                        r -> "active".equals(r.json().path("status").asText()));
                Reply done = api.awaitGet("/api/v1/subscriptions/" + subscription + "/provisioning", staff,
                        r -> "completed".equals(r.json().path("state").asText()));
                assertThat(done.json().get("attempts").asInt()).isGreaterThanOrEqualTo(2);
            }
        }
    }

    private static String paidSubscription(Api api, String staff, int routerPort, String username) {
        String customer = api.post("/api/v1/customers", staff,
                "{\"name\": \"Restart\", \"phone\": \"0812-7000-0001\", \"city\": \"Depok\"}").json().get("id").asText();
        String plan = api.post("/api/v1/service-plans", staff, """
                {"name": "Rumah Restart", "price": "150000", "billingCycle": "monthly", "downloadSpeed": 20000,
                 "uploadSpeed": 10000, "dataUnit": "unlimited"}""").json().get("id").asText();
        String nas = api.post("/api/v1/nas-servers", staff, """
                {"name": "POP Restart", "ipAddress": "127.0.0.1", "port": %d, "username": "netledger",
                 "password": "Router-Pw-1", "apiType": "routeros_v7"}""".formatted(routerPort)).json().get("id")
                .asText();
        api.awaitGet("/api/v1/customers/" + customer, staff, r -> r.status() == 200);
        String subscription = api.post("/api/v1/customers/" + customer + "/subscriptions", staff, """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "%s", "password": "pppoe-pw-1",
                 "startDate": "2026-12-01"}""".formatted(plan, nas, username)).json().get("id").asText();
        String invoice = api.post("/api/v1/invoices", staff, """
                {"subscriptionId": "%s", "periodStart": "2026-12-01"}""".formatted(subscription)).json().get("id")
                .asText();
        api.post("/api/v1/invoices/" + invoice + "/send", staff, null);
        Reply paid = api.post("/api/v1/invoices/" + invoice + "/payments", staff,
                "{\"amount\": \"166500\", \"referenceNumber\": \"TRF-RESTART\", \"method\": \"bank_transfer\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        return subscription;
    }

    /** Retries every 2-4 s, so the first process is stopped while one is pending. */
    private ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(NetLedgerApplication.class).run(
                "--server.port=0",
                "--netledger.data-dir=" + dataDir,
                "--netledger.db.url=" + database,
                "--netledger.db.user=" + TestDatabase.user(),
                "--netledger.db.password=" + TestDatabase.password(),
                "--netledger.db.pool-size=8",
                "--netledger.admin.password=" + ADMIN_PASSWORD,
                "--netledger.routers.command-timeout=1500ms",
                "--netledger.routers.retry-initial-delay=4s",
                "--netledger.routers.retry-max-delay=4s",
                "--netledger.routers.retry-attempts=20",
                "--netledger.deadlines.polling-interval=500ms");
    }

    private static Api api(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Api("http://localhost:" + port);
    }
}
