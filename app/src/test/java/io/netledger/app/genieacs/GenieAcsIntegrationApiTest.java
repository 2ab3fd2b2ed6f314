package io.netledger.app.genieacs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import io.netledger.genieacs.nbi.DeviceFleet;
import io.netledger.genieacs.nbi.GenieAcsNbiDouble;
import java.net.ServerSocket;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** GenieACS integrations over HTTP against the NBI double, and the promise that an API key is never shown. */
@ExtendWith(OutputCaptureExtension.class)
class GenieAcsIntegrationApiTest extends ApiTest {

    private static final String KEY = "Acs-Kunci-Rahasia-5521";

    @Autowired
    private JdbcTemplate jdbc;
    private GenieAcsNbiDouble acs;
    private String admin;

    @BeforeEach
    void startAcs() throws Exception {
        acs = GenieAcsNbiDouble.start(0, "X-API-Key", KEY);
        DeviceFleet.seed(acs.state(), 7);
        admin = adminToken();
    }

    @AfterEach
    void stopAcs() {
        acs.close();
    }

    private String body(String url, String key) {
        return """
                {"endpointUrl": "%s", "apiKey": "%s", "apiVersion": "1.2",
                 "configuration": {"linkBy": "tag", "tagPrefix": "sub-", "syncIntervalMinutes": 30}}"""
                .formatted(url, key);
    }

    private String register(String url, String key) {
        Reply created = api.post("/api/v1/genieacs-integrations", admin, body(url, key));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(key);
        return created.json().get("id").asText();
    }

    @Test
    void registersAnAcsAndShowsWhetherItHasAKeyButNeverTheKey() {
        String id = register(acs.url().toString(), KEY);

        JsonNode integration = api.awaitGet("/api/v1/genieacs-integrations/" + id, admin, r -> r.status() == 200)
                .json();
        assertThat(integration.get("endpointUrl").asText()).isEqualTo(acs.url().toString());
        assertThat(integration.get("hasApiKey").asBoolean()).isTrue();
        assertThat(integration.get("keyHeader").asText()).isEqualTo("X-API-Key");
        assertThat(integration.get("isActive").asBoolean()).isTrue();
        assertThat(integration.get("configuration").get("linkBy").asText()).isEqualTo("tag");
        assertThat(integration.get("configuration").get("syncIntervalMinutes").asInt()).isEqualTo(30);
        assertThat(integration.get("configuration").get("onlineWithinMinutes").asInt()).as("default").isEqualTo(10);
        assertThat(integration.toString()).doesNotContain(KEY).doesNotContain("apiKeyEncrypted");
        String sealed = jdbc.queryForObject("select api_key_encrypted from geniacs_integrations where id = ?",
                String.class, Long.parseLong(id));
        assertThat(sealed).matches("[0-9a-f]{8}:[A-Za-z0-9+/=]+").doesNotContain(KEY);
    }

    @Test
    void testsTheConnectionTheMomentItIsRegistered() {
        String id = register(acs.url().toString(), KEY);

        Reply test = api.post("/api/v1/genieacs-integrations/" + id + "/test-connection", admin, null);

        assertThat(test.status()).as(test.body()).isEqualTo(200);
        assertThat(test.json().get("version").asText()).isEqualTo(GenieAcsNbiDouble.VERSION);
        assertThat(test.json().get("deviceCount").asLong()).isEqualTo(7);
        assertThat(acs.requestsByRoute()).containsEntry("HEAD /devices", 1L);
    }

    @Test
    void saysTheKeyWasRefusedAndWorksWithTheKeyRotatedAMomentAgo() {
        String id = register(acs.url().toString(), "not-the-key");
        String path = "/api/v1/genieacs-integrations/" + id;

        Reply refused = api.post(path + "/test-connection", admin, null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(502);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("reason").asText()).isEqualTo("bad_api_key");
        assertThat(refused.body()).doesNotContain("not-the-key");

        assertThat(api.post(path + "/rotate-api-key", admin, "{\"apiKey\": \"" + KEY + "\"}").status())
                .isEqualTo(200);
        Reply test = api.post(path + "/test-connection", admin, null);
        assertThat(test.status()).as("with the new key, not the one the read model had: " + test.body())
                .isEqualTo(200);
    }

    @Test
    void saysSoWhenNothingListens() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String id = register("http://127.0.0.1:" + closed, KEY);

        Reply test = api.post("/api/v1/genieacs-integrations/" + id + "/test-connection", admin, null);

        assertThat(test.status()).isEqualTo(502);
        assertThat(test.json().get("reason").asText()).isEqualTo("unreachable");
    }

    @Test
    void changesAndDeactivates() {
        String id = register(acs.url().toString(), KEY);
        String path = "/api/v1/genieacs-integrations/" + id;
        api.awaitGet(path, admin, r -> r.status() == 200);

        Reply moved = api.put(path, admin, """
                {"endpointUrl": "https://acs.jabar.isp.id/nbi", "keyHeader": "X-Acs-Key",
                 "configuration": {"linkBy": "pppoe_username", "disableWanOnSuspension": true}}""", "\"0\"");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(api.post(path + "/deactivate", admin, null).status()).isEqualTo(200);

        JsonNode integration = api.awaitGet(path, admin, r -> "\"2\"".equals(r.header("ETag"))).json();
        assertThat(integration.get("endpointUrl").asText()).isEqualTo("https://acs.jabar.isp.id/nbi");
        assertThat(integration.get("keyHeader").asText()).isEqualTo("X-Acs-Key");
        assertThat(integration.get("configuration").get("disableWanOnSuspension").asBoolean()).isTrue();
        assertThat(integration.get("isActive").asBoolean()).isFalse();
        assertThat(integration.get("hasApiKey").asBoolean()).as("the key stays").isTrue();
        assertThat(api.get("/api/v1/genieacs-integrations?active=false&size=200", admin).body()).contains(id);
    }

    @Test
    void refusesBadInputAndWritesNothing() {
        long before = events();
        String good = body(acs.url().toString(), KEY);
        List<Reply> refused = List.of(
                api.post("/api/v1/genieacs-integrations", admin, "{\"endpointUrl\": "),
                api.post("/api/v1/genieacs-integrations", admin, "[1, 2]"),
                api.post("/api/v1/genieacs-integrations", admin, "{\"apiKey\": \"k\"}"),
                api.post("/api/v1/genieacs-integrations", admin, good.replace(acs.url().toString(), "acs:7557")),
                api.post("/api/v1/genieacs-integrations", admin, good.replace(acs.url().toString(),
                        "http://admin:pw@acs:7557")),
                api.post("/api/v1/genieacs-integrations", admin, good.replace(acs.url().toString(),
                        "http://acs\\u0000:7557")),
                api.post("/api/v1/genieacs-integrations", admin, good.replace("\"tag\"", "\"mac\"")),
                api.post("/api/v1/genieacs-integrations", admin, good.replace("30", "\"thirty\"")),
                api.post("/api/v1/genieacs-integrations", admin, good.replace("30", "99999999999999999999")),
                api.post("/api/v1/genieacs-integrations", admin, good.replace("30", "0")),
                api.post("/api/v1/genieacs-integrations", admin, good.replace("\"sub-\"", "\"sub 1\"")),
                api.post("/api/v1/genieacs-integrations", admin, good.replace("\"syncIntervalMinutes\": 30",
                        "\"readParameters\": [\"Device.PPP.Interface.1.Password\"]")),
                api.post("/api/v1/genieacs-integrations", admin, good.replace(KEY, "bad\\u0007key")),
                api.put("/api/v1/genieacs-integrations/1", admin, good, null),
                api.put("/api/v1/genieacs-integrations/1", admin, good.replace("\"apiKey\": \"" + KEY + "\",", ""),
                        null),
                api.post("/api/v1/genieacs-integrations/1/test-connection", admin, null),
                api.post("/api/v1/genieacs-integrations/1/rotate-api-key", admin, "{\"apiKey\": \"k-2\"}"),
                api.post("/api/v1/genieacs-integrations/1/rotate-api-key", admin, "{\"apiKey\": \"\"}"),
                api.post("/api/v1/genieacs-integrations/1/rotate-api-key", admin, "{\"apiKey\": 5}"),
                api.post("/api/v1/genieacs-integrations/1/rotate-api-key", admin,
                        "{\"apiKey\": \"" + "k".repeat(1025) + "\"}"),
                api.post("/api/v1/genieacs-integrations/1/sync?type=full", admin, null),
                api.post("/api/v1/genieacs-integrations/abc/test-connection", admin, null),
                api.post("/api/v1/genieacs-integrations/99999999999999999999/deactivate", admin, null));

        for (Reply reply : refused) {
            assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
            assertThat(reply.isProblem()).as(reply.body()).isTrue();
        }
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void onlyAnAdminWorksWithIntegrations() {
        String staff = newLogin(admin, "staff");

        assertThat(api.get("/api/v1/genieacs-integrations", staff).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/genieacs-integrations", staff, body(acs.url().toString(), KEY)).status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/genieacs-integrations/1/test-connection", staff, null).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/genieacs-integrations", null).status()).isEqualTo(401);
    }

    @Test
    void theKeyIsNowhereInTheEventStoreTablesResponsesOrLogs(CapturedOutput logs) {
        String id = register(acs.url().toString(), KEY);
        api.post("/api/v1/genieacs-integrations/" + id + "/rotate-api-key", admin, "{\"apiKey\": \"" + KEY + "-2\"}");
        api.post("/api/v1/genieacs-integrations/" + id + "/test-connection", admin, null);
        Awaitility.await().until(() -> jdbc.queryForObject(
                "select count(*) from audit_logs where model_id = ?", Long.class, Long.parseLong(id)) == 2);
        Reply listed = api.get("/api/v1/genieacs-integrations?size=200", admin);

        assertThat(jdbc.queryForObject("""
                select count(*) from domain_event_entry
                where position(convert_to(?, 'UTF8') in payload) > 0 or position(convert_to(?, 'UTF8') in meta_data) > 0""",
                Long.class, KEY, KEY)).as("event store").isZero();
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE'""", String.class);
        for (String table : tables) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " t where t::text like ?", Long.class,
                    "%" + KEY + "%")).as(table).isZero();
        }
        assertThat(listed.body()).doesNotContain(KEY);
        assertThat(logs.getAll()).doesNotContain(KEY);
    }
}
