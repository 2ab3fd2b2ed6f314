package io.netledger.app.nas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import io.netledger.routeros.simulator.Fault;
import io.netledger.routeros.simulator.RouterOsSimulator;
import io.netledger.routeros.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * POST /api/v1/nas-servers/{id}/import against a RouterOS simulator that holds an ISP's installation from before
 * NetLedger: the dry run, the import, a second import, and the router saga leaving imported accounts as they
 * are until the books change them. The properties are ProvisioningApiTest's, so both share one context.
 */
@TestPropertySource(properties = {
        "netledger.routers.provisioning=automatic",
        "netledger.routers.retry-initial-delay=200ms",
        "netledger.routers.retry-max-delay=1s",
        "netledger.routers.retry-attempts=4"})
class RouterImportApiTest extends ApiTest {

    private static final String PLANS = """
            {"plans": {"%s": {"price": "150000", "name": "Rumah 20M %s"}}, "activeUntil": "2027-01-31"}""";

    @Autowired
    private JdbcTemplate jdbc;

    private RouterOsSimulator router;
    private String staff;
    private String nas;
    /** Names differ per test: the books outlive a test, and usernames are unique per NAS only. */
    private String profile;
    private String budi;
    private String sari;
    private String budiSecretId;

    @BeforeEach
    void anInstallationFromBeforeNetLedger() throws Exception {
        router = RouterOsSimulator.start(SimulatorConfig.defaults().withCredentials("netledger", "Router-Pw-1")
                .withVersion("7.16"));
        staff = adminToken();
        String tag = String.valueOf(Ids.next());
        profile = "10M-20M-" + tag;
        budi = "budi-" + tag;
        sari = "sari-" + tag;
        router.state().add("/ppp/profile", Map.of("name", profile, "rate-limit", "10M/20M"));
        router.state().add("/ppp/profile", Map.of("name", "tanpa-limit", "rate-limit", ""));
        budiSecretId = router.state().add("/ppp/secret", Map.of("name", budi, "password", "budi-pw-7",
                "service", "pppoe", "profile", profile, "remote-address", "10.88." + (Ids.next() % 200) + ".5",
                "comment", "Budi Santoso", "disabled", "false"));
        router.state().add("/ppp/secret", Map.of("name", sari, "password", "sari-pw-8", "service", "any",
                "profile", profile, "disabled", "true"));
        router.state().add("/ppp/secret", Map.of("name", "vpn-kantor", "password", "x", "service", "l2tp",
                "profile", "default", "disabled", "false"));
        router.state().add("/ppp/secret", Map.of("name", "tanpa-" + tag, "password", "y", "service", "pppoe",
                "profile", "tanpa-limit", "disabled", "false"));
        router.state().add("/ppp/secret", Map.of("name", "nopass-" + tag, "service", "pppoe", "profile", profile,
                "disabled", "false"));
        nas = api.post("/api/v1/nas-servers", staff, """
                {"name": "POP lama %s", "ipAddress": "127.0.0.1", "port": %d, "username": "netledger",
                 "password": "Router-Pw-1", "apiType": "routeros_v7"}""".formatted(tag, router.port()))
                .json().get("id").asText();
    }

    @AfterEach
    void stopRouter() {
        router.close();
    }

    private Reply importing(boolean dryRun, String body) {
        return api.post("/api/v1/nas-servers/" + nas + "/import" + (dryRun ? "?dryRun=true" : ""), staff, body);
    }

    @Test
    void aDryRunProposesPlansAndCustomersSaysWhatCannotBeImportedAndWritesNothing() {
        long before = events();
        Reply proposal = importing(true, PLANS.formatted(profile, profile));

        assertThat(proposal.status()).as(proposal.body()).isEqualTo(200);
        JsonNode report = proposal.json();
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("secretsFound").asInt()).isEqualTo(5);
        assertThat(report.get("activeUntil").asText()).isEqualTo("2027-01-31");
        JsonNode plan = only(report.get("plans"), p -> p.get("profile").asText().equals(profile));
        assertThat(plan.get("plan").asText()).isEqualTo("new");
        assertThat(plan.get("rateLimit").asText()).isEqualTo("10M/20M");
        assertThat(plan.get("price").asText()).isEqualTo("150000.00");
        assertThat(plan.get("accounts").asInt()).isEqualTo(2);
        assertThat(plan.get("servicePlanId").isNull()).as("not created on a dry run").isTrue();

        JsonNode budiAccount = only(report.get("accounts"), a -> a.get("username").asText().equals(budi));
        assertThat(budiAccount.get("customerName").asText()).as("ISPs write the name in the comment")
                .isEqualTo("Budi Santoso");
        assertThat(budiAccount.get("status").asText()).isEqualTo("active");
        assertThat(budiAccount.get("subscriptionId").isNull()).isTrue();
        assertThat(only(report.get("accounts"), a -> a.get("username").asText().equals(sari)).get("status").asText())
                .as("disabled on the router").isEqualTo("suspended");
        assertThat(report.get("accounts")).hasSize(2);

        assertThat(reasons(report)).hasSize(3)
                .anySatisfy(r -> assertThat(r).startsWith("vpn-kantor: service l2tp is not a PPPoE customer line"))
                .anySatisfy(r -> assertThat(r).contains("tanpa-").contains("no plan uses profile tanpa-limit"))
                .anySatisfy(r -> assertThat(r).contains("nopass-").contains("did not send its password")
                        .contains("'sensitive' policy"));
        assertThat(report.toString()).doesNotContain("budi-pw-7");
        assertThat(events()).as("a dry run writes nothing").isEqualTo(before);
        assertThat(router.commandLog()).doesNotContain("/ppp/secret/add", "/ppp/secret/set");
    }

    @Test
    void theImportTakesAccountsOverAsTheyAreAndASecondImportAddsNothing() {
        Reply imported = importing(false, PLANS.formatted(profile, profile));

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode report = imported.json();
        assertThat(report.get("accounts")).hasSize(2);
        JsonNode budiAccount = only(report.get("accounts"), a -> a.get("username").asText().equals(budi));
        String budiSubscription = budiAccount.get("subscriptionId").asText();
        String budiCustomer = budiAccount.get("customerId").asText();
        String sariSubscription = only(report.get("accounts"), a -> a.get("username").asText().equals(sari))
                .get("subscriptionId").asText();
        String planId = only(report.get("plans"), p -> p.get("profile").asText().equals(profile))
                .get("servicePlanId").asText();

        JsonNode subscription = api.awaitGet("/api/v1/subscriptions/" + budiSubscription, staff,
                r -> r.status() == 200 && "active".equals(r.json().path("status").asText())).json();
        assertThat(subscription.get("endDate").asText()).isEqualTo("2027-01-31");
        assertThat(subscription.get("mikrotikId").asText()).isEqualTo(budiSecretId);
        assertThat(subscription.get("mikrotikConfig").get("imported").asBoolean()).isTrue();
        assertThat(subscription.get("mikrotikConfig").get("comment").asText()).as("the router's comment, as found")
                .isEqualTo("Budi Santoso");
        assertThat(jdbc.queryForObject("""
                select count(*) from domain_event_entry where aggregate_identifier = ?
                and position(convert_to('Budi Santoso', 'UTF8') in payload) > 0""", Long.class, budiSubscription))
                .as("the comment names him: sealed in the import's event (docs/adr/0015)").isZero();
        assertThat(subscription.get("servicePlanId").asText()).isEqualTo(planId);
        assertThat(subscription.get("price").asText()).isEqualTo("150000.00");
        JsonNode customer = api.awaitGet("/api/v1/customers/" + budiCustomer, staff, r -> r.status() == 200).json();
        assertThat(customer.get("name").asText()).isEqualTo("Budi Santoso");
        assertThat(customer.get("customerCode").asText()).isEqualTo(budiAccount.get("customerCode").asText());
        JsonNode plan = api.awaitGet("/api/v1/service-plans/" + planId, staff, r -> r.status() == 200).json();
        assertThat(plan.get("metadata").get("routerProfile").asText()).isEqualTo(profile);
        assertThat(plan.get("downloadSpeed").asInt()).isEqualTo(20_000);
        assertThat(plan.get("uploadSpeed").asInt()).isEqualTo(10_000);
        JsonNode networks = api.awaitGet("/api/v1/subscriptions/" + budiSubscription + "/networks", staff,
                r -> r.status() == 200 && r.json().path("content").size() == 1).json();
        assertThat(networks.get("content").get(0).get("ipAddress").asText()).startsWith("10.88.");
        api.awaitGet("/api/v1/subscriptions/" + sariSubscription, staff,
                r -> r.status() == 200 && "suspended".equals(r.json().path("status").asText()));
        assertThat(jdbc.queryForObject("""
                select count(*) from domain_event_entry where convert_from(payload, 'UTF8') like '%budi-pw-7%'
                   or convert_from(payload, 'UTF8') like '%sari-pw-8%'""", Long.class))
                .as("passwords sealed as they were read").isZero();

        // Staff run the same import again once a customer was added on the router by hand meanwhile.
        String baru = "baru-" + budi;
        router.state().add("/ppp/secret", Map.of("name", baru, "password", "baru-pw-9", "service", "pppoe",
                "profile", profile, "disabled", "false"));
        Reply again = importing(false, PLANS.formatted(profile, profile));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("accounts")).singleElement()
                .satisfies(account -> assertThat(account.get("username").asText()).isEqualTo(baru));
        assertThat(texts(again.json().get("alreadyImported"))).contains(budi, sari);
        JsonNode samePlan = only(again.json().get("plans"), p -> p.get("profile").asText().equals(profile));
        assertThat(samePlan.get("plan").asText()).isEqualTo("existing");
        assertThat(samePlan.get("servicePlanId").asText()).isEqualTo(planId);
        assertThat(jdbc.queryForObject("select count(*) from service_plans where metadata->>'routerProfile' = ?",
                Long.class, profile)).as("the plan made the first time serves the second").isEqualTo(1);

        // The saga writes nothing for the import; the first change in the books reaches the router.
        Reply suspended = api.post("/api/v1/subscriptions/" + budiSubscription + "/suspend", staff,
                "{\"reason\": \"telat bayar\"}");
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        Map<String, String> off = awaitOnRouter(budi, s -> "true".equals(s.get("disabled")));
        assertThat(router.commandLog()).as("nothing added on import").doesNotContain("/ppp/secret/add");
        assertThat(router.commandLog().stream().filter("/ppp/secret/set"::equals).count())
                .as("the suspension's write, and none before it for the import").isEqualTo(1);
        assertThat(off.get("password")).as("the sealed password opened on its way back to the router")
                .isEqualTo("budi-pw-7");
        assertThat(off.get(".id")).isEqualTo(budiSecretId);

        Reply reactivated = api.post("/api/v1/subscriptions/" + sariSubscription + "/reactivate", staff, null);
        assertThat(reactivated.status()).as(reactivated.body()).isEqualTo(200);
        Map<String, String> restored = awaitOnRouter(sari, s -> "false".equals(s.get("disabled")));
        assertThat(restored.get("password")).isEqualTo("sari-pw-8");

        Reply terminated = api.post("/api/v1/subscriptions/" + budiSubscription + "/terminate", staff,
                "{\"reason\": \"pindah\"}");
        assertThat(terminated.status()).as(terminated.body()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
                .until(() -> router.state().find("/ppp/secret", "name", budi).isEmpty());
    }

    @Test
    void choicesThatMakeNoSenseAreRefusedWholeAndWriteNothing() {
        long before = events();
        assertProblem(importing(false, """
                {"plans": {"no-such-profile": {"price": "150000"}}}"""), 422,
                "plans names the profile no-such-profile, which the router does not have");
        assertProblem(importing(false, """
                {"plans": {"%s": {"name": "tanpa harga"}}}""".formatted(profile)), 422,
                "plans." + profile + " needs a servicePlanId, or a price for a new plan");
        assertProblem(importing(false, """
                {"plans": {"tanpa-limit": {"price": "100000"}}}"""), 422,
                "profile tanpa-limit sets no rate limit to make a plan of: give plans.tanpa-limit.servicePlanId");
        assertProblem(importing(false, """
                {"plans": {"%s": {"servicePlanId": "12345"}}}""".formatted(profile)), 422,
                "plans." + profile + ".servicePlanId 12345 names no active PPPoE plan");
        assertProblem(importing(false, "{\"activeUntil\": \"2020-01-31\"}"), 422, "activeUntil 2020-01-31 must be");
        Reply nullPlan = importing(false, "{\"plans\": {\"x\": null}}");
        assertThat(nullPlan.status()).as(nullPlan.body()).isEqualTo(400);
        assertThat(nullPlan.isProblem()).isTrue();
        Reply badFlag = api.post("/api/v1/nas-servers/" + nas + "/import?dryRun=perhaps", staff, null);
        assertThat(badFlag.status()).as(badFlag.body()).isEqualTo(400);
        Reply unknown = api.post("/api/v1/nas-servers/" + Ids.next() + "/import", staff, null);
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aRouterThatCannotBeReadIsSaidSoAndNothingIsWritten() {
        long before = events();
        router.faults().onLogin(new Fault.DropConnection(), Integer.MAX_VALUE);
        Reply refused = importing(false, PLANS.formatted(profile, profile));
        assertThat(refused.status()).as(refused.body()).isEqualTo(502);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("reason").asText()).isEqualTo("connection_lost");
        assertThat(events()).isEqualTo(before);
    }

    private Map<String, String> awaitOnRouter(String name, Predicate<Map<String, String>> until) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20)).until(() ->
                router.state().find("/ppp/secret", "name", name).filter(until).isPresent());
        return router.state().find("/ppp/secret", "name", name).orElseThrow();
    }

    private static JsonNode only(JsonNode array, Predicate<JsonNode> which) {
        List<JsonNode> found = StreamSupport.stream(array.spliterator(), false).filter(which).toList();
        assertThat(found).as(array.toString()).hasSize(1);
        return found.get(0);
    }

    private static List<String> reasons(JsonNode report) {
        List<String> reasons = new ArrayList<>();
        report.get("notImported").forEach(r -> reasons.add(r.get("username").asText() + ": " + r.get("reason").asText()));
        return reasons;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
