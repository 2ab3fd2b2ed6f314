package io.netledger.app.subscription;

import static io.netledger.app.payment.MidtransDocumented.midtransSays;
import static io.netledger.app.payment.MidtransDocumented.signedFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import io.netledger.routeros.simulator.Fault;
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
 * From a paid invoice to the account on a RouterOS simulator that speaks the real API on a real port, and back
 * off again: provisioning, retries, compensation, suspension (disable or isolir), restore and termination.
 * Retries here wait 200 ms to 1 s instead of the production 5 s to 10 min.
 */
@TestPropertySource(properties = {
        "netledger.routers.provisioning=automatic",
        "netledger.routers.retry-initial-delay=200ms",
        "netledger.routers.retry-max-delay=1s",
        "netledger.routers.retry-attempts=4"})
class ProvisioningApiTest extends ApiTest {

    private static final String ROUTER_USER = "netledger";
    private static final String ROUTER_PASSWORD = "Router-Pw-1";

    @Autowired
    private JdbcTemplate jdbc;

    private RouterOsSimulator router;
    private String staff;
    private String subscription;
    private String username;
    private String nas;

    @BeforeEach
    void aSubscriptionOnASimulatedRouter() throws Exception {
        router = RouterOsSimulator.start(SimulatorConfig.defaults().withCredentials(ROUTER_USER, ROUTER_PASSWORD)
                .withVersion("7.16"));
        staff = adminToken();
        subscription = newSubscription("{}", "10.77.0.15");
    }

    @AfterEach
    void stopRouter() {
        router.close();
        api.put("/api/v1/settings/network.suspension_mode", staff, "{\"value\": \"disable\"}", null);
    }

    @Test
    void aSignedMidtransWebhookProvisionsThePlanOnTheRouterAndActivatesTheSubscription() {
        String invoice = sentInvoice();
        String number = api.get("/api/v1/invoices/" + invoice, staff).json().get("invoiceNumber").asText();
        midtransSays(GATEWAYS, number, "settlement", "tx-" + invoice, "166500.00");
        Reply webhook = api.post("/api/v1/webhooks/midtrans", null,
                signedFor(number, "settlement", "tx-" + invoice, "166500.00"));
        assertThat(webhook.status()).as(webhook.body()).isEqualTo(200);

        Map<String, String> secret = awaitOnRouter("/ppp/secret", "name", username, s -> "false".equals(s.get("disabled")));
        assertThat(secret.get("profile")).isEqualTo("netledger-10M-20M");
        assertThat(secret.get("remote-address")).isEqualTo("10.77.0.15");
        assertThat(secret.get("password")).as("the PPPoE password, opened only on its way to the router")
                .isEqualTo("pppoe-pw-1");
        assertThat(router.state().find("/ppp/profile", "name", "netledger-10M-20M").orElseThrow().get("rate-limit"))
                .as("upload/download of the plan, as RouterOS rx/tx").isEqualTo("10M/20M");

        JsonNode active = api.awaitGet("/api/v1/subscriptions/" + subscription, staff,
                r -> "active".equals(r.json().path("status").asText()) && !r.json().get("mikrotikId").isNull()).json();
        assertThat(active.get("endDate").asText()).isEqualTo("2027-01-01");
        assertThat(active.get("mikrotikId").asText()).isEqualTo(secret.get(".id"));
        assertThat(active.get("lastSync").isNull()).isFalse();

        JsonNode provisioning = awaitProvisioning("completed");
        assertThat(provisioning.get("operation").asText()).isEqualTo("provision");
        assertThat(provisioning.get("attempts").asInt()).isEqualTo(1);
        assertThat(api.get("/actuator/prometheus", adminToken()).body())
                .containsPattern("(?m)^netledger_provisioning_latency_seconds_count\\{operation=\"provision\"[^}]*} [1-9]")
                .containsPattern("(?m)^netledger_provisioning_latency_seconds_bucket\\{[^}]*le=\"0\\.15\"[^}]*} ");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from audit_logs where model_id = ? and action like 'router_work%'", Long.class,
                Long.parseLong(subscription)) >= 2);
    }

    @Test
    void twoPaymentsOfTheSameInvoiceProvisionOnce() {
        String invoice = sentInvoice();
        Reply first = pay(invoice, "TRF-1", "166500");
        Reply second = pay(invoice, "TRF-2", "166500");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(second.status()).as(second.body()).isEqualTo(200);

        awaitProvisioning("completed");
        assertThat(router.commandLog().stream().filter("/ppp/secret/add"::equals).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%RouterWorkStarted'""", Long.class, subscription))
                .as("the second payment is credit, not a second provisioning").isEqualTo(1);
    }

    @Test
    void aRouterDownForTheFirstAttemptsIsRetriedUntilTheAccountIsOn() {
        router.faults().onLogin(new Fault.DropConnection(), 2);
        pay(sentInvoice(), "TRF-1", "166500");

        awaitOnRouter("/ppp/secret", "name", username, s -> "false".equals(s.get("disabled")));
        JsonNode provisioning = awaitProvisioning("completed");
        assertThat(provisioning.get("attempts").asInt()).isEqualTo(3);
        assertThat(api.get("/actuator/prometheus", adminToken()).body())
                .containsPattern("(?m)^netledger_provisioning_retries_total\\{operation=\"provision\"[^}]*} [2-9]");
        api.awaitGet("/api/v1/subscriptions/" + subscription, staff,
                r -> "active".equals(r.json().path("status").asText()));
        assertThat(jdbc.queryForObject("""
                select count(*) from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%RouterWorkRetrying'""", Long.class, subscription))
                .isEqualTo(2);
    }

    @Test
    void aRouterThatStaysDownPastTheRetriesIsCompensated() {
        router.faults().onLogin(new Fault.DropConnection(), Integer.MAX_VALUE);
        pay(sentInvoice(), "TRF-1", "166500");

        JsonNode failed = awaitProvisioning("failed");
        assertThat(failed.get("attempts").asInt()).as("the configured 4 attempts").isEqualTo(4);
        assertThat(failed.get("lastError").asText()).startsWith("connection_lost");
        assertThat(failed.get("compensation").asText()).contains("provisioning_failed");
        api.awaitGet("/api/v1/subscriptions/" + subscription, staff,
                r -> "suspended".equals(r.json().path("status").asText()));
        assertThat(router.state().find("/ppp/secret", "name", username)).isEmpty();
    }

    @Test
    void aRouterThatRefusesForGoodIsCompensatedAndLeftForStaffWhoCanRetry() {
        router.faults().on("/ppp/profile/add", new Fault.Trap("failure: not enough permissions (9)", 0),
                Integer.MAX_VALUE);
        pay(sentInvoice(), "TRF-1", "166500");

        JsonNode failed = awaitProvisioning("failed");
        assertThat(failed.get("step").asText()).isEqualTo("ensure_ppp_profile");
        assertThat(failed.get("attempts").asInt()).as("refused: not retried").isEqualTo(1);
        assertThat(failed.get("lastError").asText()).contains("not enough permissions");
        assertThat(failed.get("compensation").asText()).contains("provisioning_failed");
        assertThat(api.get("/actuator/prometheus", adminToken()).body())
                .containsPattern("(?m)^netledger_provisioning_compensations_total\\{operation=\"provision\"[^}]*} [1-9]");
        JsonNode suspended = api.awaitGet("/api/v1/subscriptions/" + subscription, staff,
                r -> "suspended".equals(r.json().path("status").asText())).json();
        assertThat(suspended.get("mikrotikId").isNull()).isTrue();
        assertThat(router.state().find("/ppp/secret", "name", username)).isEmpty();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from audit_logs where model_id = ? and action = 'router_work_failed'", Long.class,
                Long.parseLong(subscription)) == 1);

        router.faults().clear();
        Reply retry = api.post("/api/v1/subscriptions/" + subscription + "/provisioning/retry", staff, null);
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        awaitProvisioning("completed");
        api.awaitGet("/api/v1/subscriptions/" + subscription, staff,
                r -> "active".equals(r.json().path("status").asText()));
        assertThat(router.state().find("/ppp/secret", "name", username).orElseThrow().get("disabled"))
                .isEqualTo("false");
        assertProblem(api.post("/api/v1/subscriptions/" + subscription + "/provisioning/retry", staff, null), 422,
                "no failed router work to retry");
    }

    @Test
    void aSuspensionByStaffDisablesTheAccountAndEndsItsSessionAndPayingRestoresIt() {
        pay(sentInvoice(), "TRF-1", "166500");
        awaitProvisioning("completed");
        api.awaitGet("/api/v1/subscriptions/" + subscription, staff, r -> "active".equals(r.json().path("status").asText()));

        Reply suspend = api.post("/api/v1/subscriptions/" + subscription + "/suspend", staff,
                "{\"reason\": \"telat bayar\"}");
        assertThat(suspend.status()).as(suspend.body()).isEqualTo(200);
        awaitOnRouter("/ppp/secret", "name", username, s -> "true".equals(s.get("disabled")));
        awaitWork("suspend", "completed");
        assertThat(router.commandLog()).contains("/ppp/active/print");

        Reply reactivate = api.post("/api/v1/subscriptions/" + subscription + "/reactivate", staff, null);
        assertThat(reactivate.status()).as(reactivate.body()).isEqualTo(200);
        awaitOnRouter("/ppp/secret", "name", username, s -> "false".equals(s.get("disabled")));
    }

    @Test
    void inIsolirModeASuspensionRedirectsTheAddressAndATerminationRemovesEverything() {
        suspendByIsolir();
        pay(sentInvoice(), "TRF-1", "166500");
        awaitProvisioning("completed");

        api.post("/api/v1/subscriptions/" + subscription + "/suspend", staff, "{\"reason\": \"telat bayar\"}");
        awaitOnRouter("/ip/firewall/address-list", "address", "10.77.0.15", e -> "isolir".equals(e.get("list")));
        assertThat(router.state().find("/ppp/secret", "name", username).orElseThrow().get("disabled"))
                .as("isolir keeps the account up and redirects it").isEqualTo("false");

        Reply terminate = api.post("/api/v1/subscriptions/" + subscription + "/terminate", staff,
                "{\"reason\": \"pindah rumah\"}");
        assertThat(terminate.status()).as(terminate.body()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() ->
                router.state().find("/ppp/secret", "name", username).isEmpty()
                        && router.state().find("/ip/firewall/address-list", "address", "10.77.0.15").isEmpty());
        awaitWork("terminate", "completed");
    }

    @Test
    void reconciliationRecordsWhatTheRouterGotWrongAndRepairsWhatNetLedgerMade() {
        pay(sentInvoice(), "TRF-1", "166500");
        awaitProvisioning("completed");
        api.awaitGet("/api/v1/subscriptions/" + subscription, staff,
                r -> "active".equals(r.json().path("status").asText()));
        // By hand on the router: the customer disabled, a technician's line, a leftover of ours.
        String secretId = router.state().find("/ppp/secret", "name", username).orElseThrow().get(".id");
        router.state().set("/ppp/secret", secretId, Map.of("disabled", "true"));
        router.state().add("/ppp/secret", Map.of("name", "teknisi", "password", "x", "profile", "default"));
        router.state().add("/ppp/secret", Map.of("name", "bekas-pelanggan", "password", "x", "profile", "default",
                "comment", "netledger"));
        router.state().add("/ppp/secret", Map.of("name", "vpn-kantor", "password", "x", "service", "l2tp"));

        Reply reconciled = api.post("/api/v1/nas-servers/" + nas + "/reconcile", staff, null);
        assertThat(reconciled.status()).as(reconciled.body()).isEqualTo(200);
        JsonNode report = reconciled.json();
        assertThat(report.get("accountsChecked").asInt()).isEqualTo(1);
        assertThat(report.get("repairing").asBoolean()).isTrue();
        assertThat(report.get("drifts")).hasSize(3);
        assertThat(report.get("drifts").toString())
                .contains("\"username\":\"" + username + "\",\"subscriptionId\":\"" + subscription
                        + "\",\"kind\":\"disabled\"")
                .contains("\"username\":\"teknisi\",\"subscriptionId\":null,\"kind\":\"extra\"");

        awaitOnRouter("/ppp/secret", "name", username, s -> "false".equals(s.get("disabled")));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                router.state().find("/ppp/secret", "name", "bekas-pelanggan").isEmpty());
        assertThat(router.state().find("/ppp/secret", "name", "teknisi")).as("not ours: reported, kept").isPresent();
        JsonNode drift = api.awaitGet("/api/v1/nas-servers/" + nas + "/drift", staff,
                r -> r.json().path("checkedAt").isTextual()).json();
        assertThat(drift.get("drifts")).hasSize(3);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from audit_logs where model_id = ? and action = 'reconcile'", Long.class,
                Long.parseLong(nas)) == 1);

        JsonNode again = api.post("/api/v1/nas-servers/" + nas + "/reconcile", staff, null).json();
        assertThat(again.get("drifts")).as("only the technician's line is left").hasSize(1);
        assertThat(api.get("/actuator/prometheus", adminToken()).body())
                .contains("netledger_reconciliation_drift{nas=\"" + nas + "\"} 1.0");
    }

    @Test
    void reconciliationKeepsTheIsolirListInLineWithTheBooks() {
        suspendByIsolir();
        pay(sentInvoice(), "TRF-1", "166500");
        awaitProvisioning("completed");
        api.post("/api/v1/subscriptions/" + subscription + "/suspend", staff, "{\"reason\": \"telat bayar\"}");
        awaitOnRouter("/ip/firewall/address-list", "address", "10.77.0.15", e -> "isolir".equals(e.get("list")));
        awaitWork("suspend", "completed");
        // By hand: the suspended customer let out, and a leftover of a customer NetLedger no longer has.
        String entry = router.state().find("/ip/firewall/address-list", "address", "10.77.0.15").orElseThrow()
                .get(".id");
        router.state().remove("/ip/firewall/address-list", entry);
        router.state().add("/ip/firewall/address-list", Map.of("list", "isolir", "address", "10.77.9.9",
                "comment", "netledger:sudah-pindah"));
        router.state().add("/ip/firewall/address-list", Map.of("list", "isolir", "address", "10.77.9.10",
                "comment", "diblokir teknisi"));

        JsonNode report = api.post("/api/v1/nas-servers/" + nas + "/reconcile", staff, null).json();
        assertThat(report.get("drifts").toString())
                .contains("\"subscriptionId\":\"" + subscription + "\",\"kind\":\"not_isolated\"")
                .contains("\"username\":\"sudah-pindah\",\"subscriptionId\":null,\"kind\":\"isolated\"")
                .doesNotContain("diblokir");
        assertThat(report.get("drifts")).hasSize(2);
        awaitOnRouter("/ip/firewall/address-list", "address", "10.77.0.15", e -> "isolir".equals(e.get("list")));
        assertThat(router.state().find("/ip/firewall/address-list", "address", "10.77.9.9")).isEmpty();
        assertThat(router.state().find("/ip/firewall/address-list", "address", "10.77.9.10"))
                .as("an entry made by hand stays").isPresent();

        // Reactivated, but someone isolated the customer again by hand with NetLedger's comment.
        api.post("/api/v1/subscriptions/" + subscription + "/reactivate", staff, null);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                router.state().find("/ip/firewall/address-list", "address", "10.77.0.15").isEmpty());
        api.awaitGet("/api/v1/subscriptions/" + subscription, staff,
                r -> "active".equals(r.json().path("status").asText()));
        router.state().add("/ip/firewall/address-list", Map.of("list", "isolir", "address", "10.77.0.15",
                "comment", "netledger:" + username));
        JsonNode again = api.post("/api/v1/nas-servers/" + nas + "/reconcile", staff, null).json();
        assertThat(again.get("drifts").toString()).contains("\"kind\":\"isolated\"");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                router.state().find("/ip/firewall/address-list", "address", "10.77.0.15").isEmpty());
    }

    @Test
    void aUsernameFreedByATerminationBelongsToTheSubscriptionThatTookItOver() {
        String first = subscription;
        pay(sentInvoice(), "TRF-1", "166500");
        awaitProvisioning("completed");
        api.post("/api/v1/subscriptions/" + first + "/terminate", staff, "{\"reason\": \"pindah\"}");
        awaitWork("terminate", "completed");
        String customer = api.get("/api/v1/subscriptions/" + first, staff).json().get("customerId").asText();
        String plan = api.get("/api/v1/subscriptions/" + first, staff).json().get("servicePlanId").asText();
        Reply again = api.post("/api/v1/customers/" + customer + "/subscriptions", staff, """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "%s", "password": "pppoe-pw-2",
                 "startDate": "2026-12-01"}""".formatted(plan, nas, username));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        subscription = again.json().get("id").asText();
        api.awaitGet("/api/v1/subscriptions/" + subscription, staff, r -> r.status() == 200);
        pay(sentInvoice(), "TRF-2", "166500");
        awaitProvisioning("completed");
        api.awaitGet("/api/v1/subscriptions/" + subscription, staff,
                r -> "active".equals(r.json().path("status").asText()));

        JsonNode report = api.post("/api/v1/nas-servers/" + nas + "/reconcile", staff, null).json();
        assertThat(report.get("drifts")).as(report.toString()).isEmpty();
        assertThat(report.get("accountsChecked").asInt()).isEqualTo(1);
    }

    @Test
    void aReportOnlyNasIsReconciledWithoutTouchingTheRouter() {
        subscription = newSubscription("{\"reconcile\": \"report-only\"}", "10.77.0.16");
        pay(sentInvoice(), "TRF-1", "166500");
        awaitProvisioning("completed");
        api.awaitGet("/api/v1/subscriptions/" + subscription, staff,
                r -> "active".equals(r.json().path("status").asText()));
        String secretId = router.state().find("/ppp/secret", "name", username).orElseThrow().get(".id");
        router.state().set("/ppp/secret", secretId, Map.of("profile", "default"));

        JsonNode report = api.post("/api/v1/nas-servers/" + nas + "/reconcile", staff, null).json();
        assertThat(report.get("repairing").asBoolean()).isFalse();
        assertThat(report.get("drifts").get(0).get("kind").asText()).isEqualTo("wrong_profile");
        assertThat(report.get("drifts").get(0).get("expected").asText()).isEqualTo("enabled, profile netledger-10M-20M");
        assertThat(report.get("drifts").get(0).get("actual").asText()).isEqualTo("enabled, profile default");
        int commands = router.commandLog().size();
        api.awaitGet("/api/v1/nas-servers/" + nas + "/drift", staff, r -> r.json().path("checkedAt").isTextual());
        assertThat(router.state().find("/ppp/secret", "name", username).orElseThrow().get("profile"))
                .isEqualTo("default");
        assertThat(router.commandLog()).hasSize(commands);
        assertThat(api.get("/api/v1/nas-servers/" + Ids.next() + "/drift", staff).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/nas-servers/" + Ids.next() + "/reconcile", staff, null).status()).isEqualTo(404);
    }

    @Test
    void provisioningIsForStaffAndAnUnknownSubscriptionIsNotFound() {
        String customer = api.get("/api/v1/subscriptions/" + subscription, staff).json().get("customerId").asText();
        String portal = customerLogin(staff, customer);
        assertThat(api.get("/api/v1/subscriptions/" + subscription + "/provisioning", portal).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/subscriptions/" + subscription + "/provisioning", staff).json().get("state")
                .asText()).isEqualTo("none");
        assertProblem(api.get("/api/v1/subscriptions/" + Ids.next() + "/provisioning", staff), 404, "does not exist");
        assertProblem(api.post("/api/v1/subscriptions/" + Ids.next() + "/provisioning/retry", staff, null), 404, "");
    }

    /** Until the end of the test (stopRouter puts it back). */
    private void suspendByIsolir() {
        Reply mode = api.put("/api/v1/settings/network.suspension_mode", staff, "{\"value\": \"isolir\"}", null);
        assertThat(mode.status()).as(mode.body()).isEqualTo(200);
        api.awaitGet("/api/v1/settings/network.suspension_mode", staff,
                r -> "isolir".equals(r.json().path("value").asText()));
    }

    private String newSubscription(String nasConfiguration, String ip) {
        String customer = newCustomer(staff, "Pelanggan " + Ids.next());
        String plan = api.post("/api/v1/service-plans", staff, """
                {"name": "Rumah %s", "price": "150000", "billingCycle": "monthly", "downloadSpeed": 20000,
                 "uploadSpeed": 10000, "dataUnit": "unlimited"}""".formatted(Ids.next())).json().get("id").asText();
        nas = api.post("/api/v1/nas-servers", staff, """
                {"name": "POP %s", "ipAddress": "127.0.0.1", "port": %d, "username": "%s", "password": "%s",
                 "apiType": "routeros_v7", "configuration": %s}""".formatted(Ids.next(), router.port(), ROUTER_USER,
                ROUTER_PASSWORD, nasConfiguration)).json().get("id").asText();
        username = "pv-" + Ids.next();
        String id = api.post("/api/v1/customers/" + customer + "/subscriptions", staff, """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "%s", "password": "pppoe-pw-1",
                 "startDate": "2026-12-01"}""".formatted(plan, nas, username)).json().get("id").asText();
        Reply network = api.post("/api/v1/subscriptions/" + id + "/networks", staff,
                "{\"ipAddress\": \"" + ip + "\"}");
        assertThat(network.status()).as(network.body()).isEqualTo(201);
        api.awaitGet("/api/v1/nas-servers/" + nas, staff, r -> r.status() == 200);
        api.awaitGet("/api/v1/service-plans/" + plan, staff, r -> r.status() == 200);
        api.awaitGet("/api/v1/subscriptions/" + id, staff, r -> r.status() == 200);
        return id;
    }

    private String sentInvoice() {
        Reply issued = api.post("/api/v1/invoices", staff, """
                {"subscriptionId": "%s", "periodStart": "2026-12-01"}""".formatted(subscription));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String invoice = issued.json().get("id").asText();
        readAfter("/api/v1/invoices/" + invoice, staff, api.post("/api/v1/invoices/" + invoice + "/send", staff, null));
        return invoice;
    }

    private Reply pay(String invoice, String reference, String amount) {
        return api.post("/api/v1/invoices/" + invoice + "/payments", staff, """
                {"amount": "%s", "referenceNumber": "%s", "method": "bank_transfer"}""".formatted(amount, reference));
    }

    private Map<String, String> awaitOnRouter(String menu, String attribute, String value,
            Predicate<Map<String, String>> until) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20)).until(() ->
                router.state().find(menu, attribute, value).filter(until).isPresent());
        return router.state().find(menu, attribute, value).orElseThrow();
    }

    private JsonNode awaitProvisioning(String state) {
        return api.awaitGet("/api/v1/subscriptions/" + subscription + "/provisioning", staff,
                r -> r.status() == 200 && state.equals(r.json().path("state").asText())).json();
    }

    private JsonNode awaitWork(String operation, String state) {
        return api.awaitGet("/api/v1/subscriptions/" + subscription + "/provisioning", staff,
                r -> operation.equals(r.json().path("operation").asText())
                        && state.equals(r.json().path("state").asText())).json();
    }
}
