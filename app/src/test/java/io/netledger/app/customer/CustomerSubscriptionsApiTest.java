package io.netledger.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
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
 * A customer's termination, suspension and reactivation reach his subscriptions and, through the router saga,
 * their accounts on a RouterOS simulator. The same properties as ProvisioningApiTest, so both share one context.
 */
@TestPropertySource(properties = {
        "netledger.routers.provisioning=automatic",
        "netledger.routers.retry-initial-delay=200ms",
        "netledger.routers.retry-max-delay=1s",
        "netledger.routers.retry-attempts=4"})
class CustomerSubscriptionsApiTest extends ApiTest {

    private static final String ROUTER_USER = "netledger";
    private static final String ROUTER_PASSWORD = "Router-Pw-1";

    @Autowired
    private JdbcTemplate jdbc;

    private RouterOsSimulator router;
    private String staff;
    private String plan;
    private String nas;

    private record Line(String id, String username, String ip) {
    }

    @BeforeEach
    void aPlanOnASimulatedRouter() throws Exception {
        router = RouterOsSimulator.start(SimulatorConfig.defaults().withCredentials(ROUTER_USER, ROUTER_PASSWORD)
                .withVersion("7.16"));
        staff = adminToken();
        plan = api.post("/api/v1/service-plans", staff, """
                {"name": "Keluarga %s", "price": "150000", "billingCycle": "monthly", "downloadSpeed": 20000,
                 "uploadSpeed": 10000, "dataUnit": "unlimited"}""".formatted(Ids.next())).json().get("id").asText();
        nas = api.post("/api/v1/nas-servers", staff, """
                {"name": "POP %s", "ipAddress": "127.0.0.1", "port": %d, "username": "%s", "password": "%s",
                 "apiType": "routeros_v7"}""".formatted(Ids.next(), router.port(), ROUTER_USER, ROUTER_PASSWORD))
                .json().get("id").asText();
        api.awaitGet("/api/v1/nas-servers/" + nas, staff, r -> r.status() == 200);
        api.awaitGet("/api/v1/service-plans/" + plan, staff, r -> r.status() == 200);
    }

    @AfterEach
    void stopRouter() {
        router.close();
        api.put("/api/v1/settings/network.suspension_mode", staff, "{\"value\": \"disable\"}", null);
    }

    @Test
    void terminatingACustomerTerminatesEachOfHisSubscriptionsAndRemovesTheirSecrets() {
        String customer = newCustomer(staff, "Pelanggan " + Ids.next());
        Line home = provisioned(customer, "10.78.0.11");
        Line shop = provisioned(customer, "10.78.0.12");

        Reply terminate = api.post("/api/v1/customers/" + customer + "/terminate", staff,
                "{\"reason\": \"berhenti berlangganan\"}");
        assertThat(terminate.status()).as(terminate.body()).isEqualTo(200);

        for (Line line : new Line[] {home, shop}) {
            api.awaitGet("/api/v1/subscriptions/" + line.id(), staff,
                    r -> "terminated".equals(r.json().path("status").asText()));
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() ->
                    router.state().find("/ppp/secret", "name", line.username()).isEmpty());
            api.awaitGet("/api/v1/subscriptions/" + line.id() + "/provisioning", staff,
                    r -> "terminate".equals(r.json().path("operation").asText())
                            && "completed".equals(r.json().path("state").asText()));
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from domain_event_entry
                where aggregate_identifier in (?, ?) and payload_type like '%SubscriptionTerminated'
                  and convert_from(payload, 'UTF8') like '%customer_terminated%'""", Long.class,
                home.id(), shop.id())).as("each terminated once, for the customer").isEqualTo(2);
    }

    @Test
    void suspendingACustomerDisablesHisSecretsAndReactivatingHimGivesBackOnlyWhatHisSuspensionTook() {
        String customer = newCustomer(staff, "Pelanggan " + Ids.next());
        Line home = provisioned(customer, "10.78.0.21");
        Line shop = provisioned(customer, "10.78.0.22");
        Reply byStaff = api.post("/api/v1/subscriptions/" + shop.id() + "/suspend", staff,
                "{\"reason\": \"cek kabel\"}");
        assertThat(byStaff.status()).as(byStaff.body()).isEqualTo(200);
        awaitOnRouter("/ppp/secret", "name", shop.username(), s -> "true".equals(s.get("disabled")));

        Reply suspend = api.post("/api/v1/customers/" + customer + "/suspend", staff,
                "{\"reason\": \"pindah rumah sementara\"}");
        assertThat(suspend.status()).as(suspend.body()).isEqualTo(200);
        awaitOnRouter("/ppp/secret", "name", home.username(), s -> "true".equals(s.get("disabled")));
        api.awaitGet("/api/v1/subscriptions/" + home.id(), staff,
                r -> "suspended".equals(r.json().path("status").asText()));

        Reply reactivate = api.post("/api/v1/customers/" + customer + "/reactivate", staff, null);
        assertThat(reactivate.status()).as(reactivate.body()).isEqualTo(200);
        awaitOnRouter("/ppp/secret", "name", home.username(), s -> "false".equals(s.get("disabled")));
        api.awaitGet("/api/v1/subscriptions/" + home.id(), staff,
                r -> "active".equals(r.json().path("status").asText()));

        // Every processor, the customer's saga among them, has handled the reactivation and sent its commands.
        readAfter("/api/v1/customers/" + customer, staff, reactivate);
        assertThat(jdbc.queryForObject("""
                select count(*) from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%SubscriptionReactivated'""", Long.class,
                shop.id())).as("suspended by staff for a reason of its own").isZero();
        assertThat(api.get("/api/v1/subscriptions/" + shop.id(), staff).json().get("status").asText())
                .isEqualTo("suspended");
        assertThat(router.state().find("/ppp/secret", "name", shop.username()).orElseThrow().get("disabled"))
                .isEqualTo("true");
    }

    @Test
    void inIsolirModeSuspendingACustomerIsolatesEachOfHisAddresses() {
        Reply mode = api.put("/api/v1/settings/network.suspension_mode", staff, "{\"value\": \"isolir\"}", null);
        assertThat(mode.status()).as(mode.body()).isEqualTo(200);
        api.awaitGet("/api/v1/settings/network.suspension_mode", staff,
                r -> "isolir".equals(r.json().path("value").asText()));
        String customer = newCustomer(staff, "Pelanggan " + Ids.next());
        Line home = provisioned(customer, "10.78.0.31");
        Line shop = provisioned(customer, "10.78.0.32");

        api.post("/api/v1/customers/" + customer + "/suspend", staff, "{\"reason\": \"pindah rumah sementara\"}");
        for (Line line : new Line[] {home, shop}) {
            awaitOnRouter("/ip/firewall/address-list", "address", line.ip(), e -> "isolir".equals(e.get("list")));
            assertThat(router.state().find("/ppp/secret", "name", line.username()).orElseThrow().get("disabled"))
                    .as("isolir keeps the account up and redirects it").isEqualTo("false");
        }

        api.post("/api/v1/customers/" + customer + "/reactivate", staff, null);
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() ->
                router.state().find("/ip/firewall/address-list", "address", home.ip()).isEmpty()
                        && router.state().find("/ip/firewall/address-list", "address", shop.ip()).isEmpty());
    }

    /** A subscription of the customer, paid for and on the router. */
    private Line provisioned(String customer, String ip) {
        String username = "cs-" + Ids.next();
        Reply created = api.post("/api/v1/customers/" + customer + "/subscriptions", staff, """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "%s", "password": "pppoe-pw-1",
                 "startDate": "2026-12-01"}""".formatted(plan, nas, username));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        Reply network = api.post("/api/v1/subscriptions/" + id + "/networks", staff,
                "{\"ipAddress\": \"" + ip + "\"}");
        assertThat(network.status()).as(network.body()).isEqualTo(201);
        Reply issued = api.post("/api/v1/invoices", staff, """
                {"subscriptionId": "%s", "periodStart": "2026-12-01"}""".formatted(id));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String invoice = issued.json().get("id").asText();
        readAfter("/api/v1/invoices/" + invoice, staff, api.post("/api/v1/invoices/" + invoice + "/send", staff, null));
        Reply paid = api.post("/api/v1/invoices/" + invoice + "/payments", staff, """
                {"amount": "166500", "referenceNumber": "TRF-%s", "method": "bank_transfer"}""".formatted(Ids.next()));
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        awaitOnRouter("/ppp/secret", "name", username, s -> "false".equals(s.get("disabled")));
        api.awaitGet("/api/v1/subscriptions/" + id, staff, r -> "active".equals(r.json().path("status").asText()));
        return new Line(id, username, ip);
    }

    private void awaitOnRouter(String menu, String attribute, String value, Predicate<Map<String, String>> until) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20)).until(() ->
                router.state().find(menu, attribute, value).filter(until).isPresent());
    }
}
