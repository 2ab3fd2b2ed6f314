package io.netledger.app.genieacs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import io.netledger.genieacs.nbi.DataModel;
import io.netledger.genieacs.nbi.DeviceFleet;
import io.netledger.genieacs.nbi.GenieAcsNbiDouble;
import io.netledger.genieacs.nbi.SimulatedDevice;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** Pushes to a subscription's CPE in the NBI double: online, offline then informing, fault then retry, Wi-Fi. */
@ExtendWith(OutputCaptureExtension.class)
class CpePushApiTest extends ApiTest {

    private static final String WIFI_PASSPHRASE = "Kunci-WiFi-Rumah-88";

    @Autowired
    private JdbcTemplate jdbc;
    private GenieAcsNbiDouble acs;
    private String admin;
    private String customer;
    private String subscription;
    private SimulatedDevice router;

    @BeforeEach
    void linkedCpe() throws Exception {
        acs = GenieAcsNbiDouble.start(0);
        admin = adminToken();
        String username = "push-" + Ids.next();
        customer = newCustomer(admin, "Pelanggan " + username);
        subscription = sell(customer, username);
        router = acs.state().add(DeviceFleet.device(1, acs.state().clock().instant(), false));
        router.configured(DataModel.TR_181.pppUsername(), username);
        Reply created = api.post("/api/v1/genieacs-integrations", admin,
                "{\"endpointUrl\": \"" + acs.url() + "\"}");
        String integration = created.json().get("id").asText();
        Reply sync = api.post("/api/v1/genieacs-integrations/" + integration + "/sync?type=full", admin, null);
        assertThat(sync.status()).as(sync.body()).isEqualTo(200);
        // Linked by this sync, or by the background round's that came first.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !api.get("/api/v1/subscriptions/"
                + subscription + "/cpe", admin).json().get("device").isNull());
    }

    @AfterEach
    void stopAcs() {
        acs.close();
    }

    private String sell(String customerId, String username) {
        Reply plan = api.post("/api/v1/service-plans", admin, """
                {"name": "Rumah %s", "price": "150000", "billingCycle": "monthly", "downloadSpeed": 20000,
                 "uploadSpeed": 10000, "dataUnit": "unlimited"}""".formatted(Ids.next()));
        Reply nas = api.post("/api/v1/nas-servers", admin, """
                {"name": "POP %s", "ipAddress": "10.30.0.1", "username": "netledger", "password": "router-pw-1",
                 "apiType": "routeros_v7"}""".formatted(Ids.next()));
        Reply sold = api.post("/api/v1/customers/" + customerId + "/subscriptions", admin, """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "%s", "password": "pppoe-pw-1"}"""
                .formatted(plan.json().get("id").asText(), nas.json().get("id").asText(), username));
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);
        readAfter("/api/v1/subscriptions/" + sold.json().get("id").asText(), admin, sold);
        return sold.json().get("id").asText();
    }

    /** The subscription's CPE page once its task {@code pushId} satisfies {@code until}. */
    private JsonNode awaitTask(String token, String pushId, Predicate<JsonNode> until) {
        JsonNode[] found = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            Reply page = api.get("/api/v1/subscriptions/" + subscription + "/cpe", token);
            for (JsonNode task : page.json().get("tasks")) {
                if ((pushId == null || task.get("pushId").asText().equals(pushId)) && until.test(task)) {
                    found[0] = task;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private static Predicate<JsonNode> state(String state) {
        return task -> task.get("state").asText().equals(state);
    }

    @Test
    void aRotatedPppoePasswordReachesTheOnlineCpeAtOnce() {
        Reply rotated = api.post("/api/v1/subscriptions/" + subscription + "/rotate-password", admin,
                "{\"password\": \"pppoe-baru-2\"}");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);

        JsonNode task = awaitTask(admin, null, state("done"));

        assertThat(task.get("kind").asText()).isEqualTo("pppoe_credentials");
        assertThat(task.get("deviceId").asText()).isEqualTo(router.id().value());
        assertThat(router.value(DataModel.TR_181.pppPassword())).isEqualTo("pppoe-baru-2");
        JsonNode cpe = api.get("/api/v1/subscriptions/" + subscription + "/cpe", admin).json();
        assertThat(cpe.get("device").get("deviceId").asText()).isEqualTo(router.id().value());
        assertThat(cpe.toString()).doesNotContain("pppoe-baru-2");
        assertThat(jdbc.queryForObject("""
                select count(*) from geniacs_data_sync
                where sync_type = 'real-time' and entity_type = 'subscription' and entity_id = ? and status = 'success'""",
                Long.class, subscription)).isEqualTo(1);
    }

    @Test
    void aTaskForAnOfflineCpeIsQueuedAndFollowedToDoneOnceItInforms() {
        router.online(false);

        Reply asked = api.post("/api/v1/subscriptions/" + subscription + "/cpe/wifi", admin, """
                {"ssid": "Rumah Budi", "passphrase": "%s"}""".formatted(WIFI_PASSPHRASE));
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        String push = asked.json().get("pushId").asText();
        awaitTask(admin, push, state("queued"));
        assertThat(router.value(DataModel.TR_181.ssid())).isNotEqualTo("Rumah Budi");

        router.online(true);
        acs.state().inform(router.id().value());

        awaitTask(admin, push, state("done"));
        assertThat(router.value(DataModel.TR_181.ssid())).isEqualTo("Rumah Budi");
        assertThat(router.value(DataModel.TR_181.wifiPassphrase())).isEqualTo(WIFI_PASSPHRASE);
    }

    @Test
    void aFaultIsShownAndAuditedAndARetryByStaffRunsTheTask() {
        acs.state().faultNextTask(router.id().value(), "cwmp.9002", "Internal error");

        Reply asked = api.post("/api/v1/subscriptions/" + subscription + "/cpe/reboot", admin, null);
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        String push = asked.json().get("pushId").asText();
        JsonNode faulted = awaitTask(admin, push, state("faulted"));
        assertThat(faulted.get("faultCode").asText()).isEqualTo("cwmp.9002");
        assertThat(faulted.get("faultMessage").asText()).isEqualTo("Internal error");
        Awaitility.await().until(() -> jdbc.queryForObject("""
                select count(*) from audit_logs where model_id = ? and action = 'cpe_task'
                and new_values::text like '%cwmp.9002%'""", Long.class, Long.parseLong(subscription)) == 1);
        assertThat(router.reboots()).isZero();

        Reply retried = api.post("/api/v1/subscriptions/" + subscription + "/cpe/tasks/" + push + "/retry", admin,
                null);
        assertThat(retried.status()).as(retried.body()).isEqualTo(202);

        awaitTask(admin, push, state("done"));
        assertThat(router.reboots()).isEqualTo(1);
        Reply again = api.post("/api/v1/subscriptions/" + subscription + "/cpe/tasks/" + push + "/retry", admin,
                null);
        assertThat(again.status()).as("a done task is not retried").isEqualTo(422);
    }

    @Test
    void theCustomerChangesHisOwnWifiAndRebootsButNotAnotherCustomersNorAFactoryReset() {
        String own = customerLogin(admin, customer);
        String other = customerLogin(admin, newCustomer(admin, "Tetangga"));

        Reply asked = api.post("/api/v1/subscriptions/" + subscription + "/cpe/wifi", own, """
                {"ssid": "Wati 5G", "passphrase": "%s"}""".formatted(WIFI_PASSPHRASE));
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        awaitTask(own, asked.json().get("pushId").asText(), state("done"));
        assertThat(router.value(DataModel.TR_181.ssid())).isEqualTo("Wati 5G");
        Reply reboot = api.post("/api/v1/subscriptions/" + subscription + "/cpe/reboot", own, null);
        assertThat(reboot.status()).isEqualTo(202);
        awaitTask(own, reboot.json().get("pushId").asText(), state("done"));

        long before = events();
        assertThat(api.post("/api/v1/subscriptions/" + subscription + "/cpe/wifi", other, """
                {"ssid": "Punya Saya", "passphrase": "%s"}""".formatted(WIFI_PASSPHRASE)).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/subscriptions/" + subscription + "/cpe/reboot", other, null).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/subscriptions/" + subscription + "/cpe", other).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/subscriptions/" + subscription + "/cpe/factory-reset", own, null).status())
                .isEqualTo(403);
        assertThat(events()).isEqualTo(before);
        assertThat(router.value(DataModel.TR_181.ssid())).isEqualTo("Wati 5G");
    }

    @Test
    void refusesWifiThatWpa2DoesNotAllowAndBadRequestsAndWritesNothing() {
        long before = events();
        String path = "/api/v1/subscriptions/" + subscription + "/cpe/wifi";
        List<Reply> refused = List.of(
                api.post(path, admin, "{\"ssid\": \"Rumah\", \"passphrase\": \"tujuh-7\"}"),
                api.post(path, admin, "{\"ssid\": \"Rumah\", \"passphrase\": \"" + "a".repeat(64) .replace("a", "z")
                        + "\"}"),
                api.post(path, admin, "{\"ssid\": \"Rumah\", \"passphrase\": \"kunci\\u0001rahasia\"}"),
                api.post(path, admin, "{\"ssid\": \"Rumah\", \"passphrase\": \"kata sandi é ok\"}"),
                api.post(path, admin, "{\"ssid\": \"" + "é".repeat(17) + "\", \"passphrase\": \"" + WIFI_PASSPHRASE
                        + "\"}"),
                api.post(path, admin, "{\"ssid\": \"\", \"passphrase\": \"" + WIFI_PASSPHRASE + "\"}"),
                api.post(path, admin, "{\"ssid\": \"Ru\\nmah\", \"passphrase\": \"" + WIFI_PASSPHRASE + "\"}"),
                api.post(path, admin, "{\"passphrase\": \"" + WIFI_PASSPHRASE + "\"}"),
                api.post(path, admin, "{\"ssid\": 12, \"passphrase\": [1]}"),
                api.post(path, admin, "{\"ssid\": "),
                api.post("/api/v1/subscriptions/1/cpe/wifi", admin, "{\"ssid\": \"Rumah\", \"passphrase\": \""
                        + WIFI_PASSPHRASE + "\"}"),
                api.post("/api/v1/subscriptions/1/cpe/reboot", admin, null),
                api.post("/api/v1/subscriptions/abc/cpe/reboot", admin, null),
                api.post("/api/v1/subscriptions/" + subscription + "/cpe/tasks/77/retry", admin, null),
                api.post("/api/v1/subscriptions/" + subscription + "/cpe/tasks/99999999999999999999/retry", admin,
                        null),
                api.get("/api/v1/subscriptions/1/cpe", admin));
        for (Reply reply : refused) {
            assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
            assertThat(reply.isProblem()).as(reply.body()).isTrue();
            assertThat(reply.body()).doesNotContain(WIFI_PASSPHRASE);
        }
        assertThat(events()).isEqualTo(before);
        assertThat(api.post(path, admin, "{\"ssid\": \"Rumah\", \"passphrase\": \"" + "0f".repeat(32) + "\"}")
                .status()).as("64 hex digits: the key itself").isEqualTo(202);
    }

    @Test
    void theWifiPassphraseAndPppoePasswordAreNowhereInEventsTablesResponsesOrLogs(CapturedOutput logs) {
        api.post("/api/v1/subscriptions/" + subscription + "/rotate-password", admin,
                "{\"password\": \"Pppoe-Rahasia-77\"}");
        Reply asked = api.post("/api/v1/subscriptions/" + subscription + "/cpe/wifi", admin, """
                {"ssid": "Rumah", "passphrase": "%s"}""".formatted(WIFI_PASSPHRASE));
        awaitTask(admin, asked.json().get("pushId").asText(), state("done"));
        awaitTask(admin, null, task -> task.get("kind").asText().equals("pppoe_credentials")
                && task.get("state").asText().equals("done"));
        Reply page = api.get("/api/v1/subscriptions/" + subscription + "/cpe", admin);

        for (String secret : List.of(WIFI_PASSPHRASE, "Pppoe-Rahasia-77")) {
            assertThat(jdbc.queryForObject("""
                    select count(*) from domain_event_entry
                    where position(convert_to(?, 'UTF8') in payload) > 0
                       or position(convert_to(?, 'UTF8') in meta_data) > 0""", Long.class, secret, secret))
                    .as("event store").isZero();
            List<String> tables = jdbc.queryForList("""
                    select table_name from information_schema.tables
                    where table_schema = 'public' and table_type = 'BASE TABLE'""", String.class);
            for (String table : tables) {
                assertThat(jdbc.queryForObject("select count(*) from " + table + " t where t::text like ?",
                        Long.class, "%" + secret + "%")).as(table).isZero();
            }
            assertThat(page.body()).doesNotContain(secret);
            assertThat(logs.getAll()).doesNotContain(secret);
        }
    }
}
