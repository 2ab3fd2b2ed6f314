package io.netledger.app.nas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** NAS servers over HTTP, and the promise that a router's password is never stored or shown in clear. */
@ExtendWith(OutputCaptureExtension.class)
class NasServerApiTest extends ApiTest {

    private static final String PASSWORD = "Rahasia-Router-7731";
    private static final String CORE = """
            {"name": "Core Bekasi", "ipAddress": "10.10.0.1", "username": "netledger",
             "password": "%s", "apiType": "routeros_v7", "description": "CCR2004",
             "configuration": {"isolirList": "isolir"}}""".formatted(PASSWORD);

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void registersARouterAndNeverShowsItsPassword() {
        String admin = adminToken();
        Reply created = api.post("/api/v1/nas-servers", admin, CORE);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(PASSWORD).doesNotContainIgnoringCase("password");
        String id = created.json().get("id").asText();

        JsonNode nas = api.awaitGet("/api/v1/nas-servers/" + id, admin, r -> r.status() == 200).json();
        assertThat(nas.get("name").asText()).isEqualTo("Core Bekasi");
        assertThat(nas.get("ipAddress").asText()).isEqualTo("10.10.0.1");
        assertThat(nas.get("port").asInt()).as("the plain API port by default").isEqualTo(8728);
        assertThat(nas.get("apiType").asText()).isEqualTo("routeros_v7");
        assertThat(nas.get("tls").asBoolean()).isFalse();
        assertThat(nas.get("configuration").get("isolirList").asText()).isEqualTo("isolir");
        assertThat(nas.toString()).doesNotContainIgnoringCase("password");

        String sealed = jdbc.queryForObject("select password_encrypted from nas_servers where id = ?", String.class,
                Long.parseLong(id));
        assertThat(sealed).matches("[0-9a-f]{8}:[A-Za-z0-9+/=]+").doesNotContain(PASSWORD);
    }

    @Test
    void changesRotatesAndDeactivates() {
        String admin = adminToken();
        String id = api.post("/api/v1/nas-servers", admin, CORE).json().get("id").asText();
        String path = "/api/v1/nas-servers/" + id;
        api.awaitGet(path, admin, r -> r.status() == 200);
        String sealedBefore = jdbc.queryForObject("select password_encrypted from nas_servers where id = ?",
                String.class, Long.parseLong(id));

        Reply moved = api.put(path, admin, """
                {"name": "Core Bekasi", "ipAddress": "10.10.0.2", "username": "netledger", "apiType": "routeros_v7",
                 "tls": true}""", "\"0\"");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        Reply rotated = api.post(path + "/rotate-password", admin, "{\"password\": \"Baru-9912\"}");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        assertThat(api.post(path + "/deactivate", admin, null).status()).isEqualTo(200);

        JsonNode nas = api.awaitGet(path, admin, r -> "\"3\"".equals(r.header("ETag"))).json();
        assertThat(nas.get("ipAddress").asText()).isEqualTo("10.10.0.2");
        assertThat(nas.get("port").asInt()).as("the TLS API port by default").isEqualTo(8729);
        assertThat(nas.get("tls").asBoolean()).isTrue();
        assertThat(nas.get("isActive").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("select password_encrypted from nas_servers where id = ?", String.class,
                Long.parseLong(id))).isNotEqualTo(sealedBefore);
    }

    @Test
    void refusesBadRoutersAndWritesNothing() {
        String admin = adminToken();
        long before = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        Reply hostName = api.post("/api/v1/nas-servers", admin, CORE.replace("10.10.0.1", "router.isp.id"));
        Reply noPassword = api.post("/api/v1/nas-servers", admin, CORE.replace("\"password\": \"" + PASSWORD + "\",", ""));
        Reply badType = api.post("/api/v1/nas-servers", admin, CORE.replace("routeros_v7", "cisco"));
        Reply passwordInPut = api.put("/api/v1/nas-servers/1", admin, CORE, null);

        assertThat(hostName.status()).isEqualTo(422);
        assertThat(hostName.json().get("detail").asText()).contains("ipAddress must be an IPv4 or IPv6 address");
        assertThat(noPassword.status()).isEqualTo(422);
        assertThat(badType.status()).isEqualTo(400);
        assertThat(passwordInPut.status()).isEqualTo(422);
        assertThat(List.of(hostName, noPassword, badType, passwordInPut)).allMatch(Reply::isProblem);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(before);
    }

    @Test
    void thePlaintextPasswordIsNowhereInTheEventStoreTablesResponsesOrLogs(CapturedOutput logs) {
        String admin = adminToken();
        String id = api.post("/api/v1/nas-servers", admin, CORE).json().get("id").asText();
        api.post("/api/v1/nas-servers/" + id + "/rotate-password", admin, "{\"password\": \"" + PASSWORD + "-2\"}");
        Awaitility.await().until(() -> jdbc.queryForObject(
                "select count(*) from audit_logs where model_id = ?", Long.class, Long.parseLong(id)) == 2);
        Reply listed = api.get("/api/v1/nas-servers?size=200", admin);

        assertThat(jdbc.queryForObject("""
                select count(*) from domain_event_entry
                where position(convert_to(?, 'UTF8') in payload) > 0 or position(convert_to(?, 'UTF8') in meta_data) > 0""",
                Long.class, PASSWORD, PASSWORD)).as("event store").isZero();
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE'""", String.class);
        for (String table : tables) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " t where t::text like ?", Long.class,
                    "%" + PASSWORD + "%")).as(table).isZero();
        }
        assertThat(listed.body()).doesNotContain(PASSWORD);
        assertThat(logs.getAll()).doesNotContain(PASSWORD);
    }

    @Test
    void customersMayNotSeeOrChangeRouters() {
        String admin = adminToken();
        String customer = customerLogin(admin, newCustomer(admin, "Pelanggan"));

        assertThat(api.get("/api/v1/nas-servers", customer).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/nas-servers", customer, CORE).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/nas-servers", null).status()).isEqualTo(401);
    }
}
