package io.netledger.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.api.user.RegisterUser;
import io.netledger.api.user.Role;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import io.netledger.app.Simultaneously;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Service plans end to end: HTTP → command → event store → projection → HTTP, and the audit trail. */
class ServicePlanApiTest extends ApiTest {

    private static final String HOME_20M = """
            {"name": "Home 20M", "description": "Rumah, 20 Mbps", "price": "150000", "billingCycle": "monthly",
             "downloadSpeed": 20000, "uploadSpeed": 10000, "dataUnit": "unlimited", "concurrentConnections": 1,
             "metadata": {"fup": "none"}}""";

    @Autowired
    private CommandGateway commands;
    @Autowired
    private PasswordEncoder passwords;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void adminCreatesAPlanThatEveryoneCanThenRead() {
        String admin = adminToken();
        Reply created = api.post("/api/v1/service-plans", admin, HOME_20M);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(id).matches("\\d+");
        assertThat(created.header("Location")).isEqualTo("/api/v1/service-plans/" + id);
        assertThat(created.json().get("price").asText()).isEqualTo("150000.00");

        Reply read = api.awaitGet("/api/v1/service-plans/" + id, admin, r -> r.status() == 200);
        JsonNode plan = read.json();
        assertThat(plan.get("id").isTextual()).as("ids travel as strings").isTrue();
        assertThat(plan.get("name").asText()).isEqualTo("Home 20M");
        assertThat(plan.get("description").asText()).isEqualTo("Rumah, 20 Mbps");
        assertThat(plan.get("price").asText()).isEqualTo("150000.00");
        assertThat(plan.get("billingCycle").asText()).isEqualTo("monthly");
        assertThat(plan.get("downloadSpeed").asInt()).isEqualTo(20000);
        assertThat(plan.get("uploadSpeed").asInt()).isEqualTo(10000);
        assertThat(plan.get("dataLimit").isNull()).isTrue();
        assertThat(plan.get("dataUnit").asText()).isEqualTo("unlimited");
        assertThat(plan.get("concurrentConnections").asInt()).isEqualTo(1);
        assertThat(plan.get("isActive").asBoolean()).isTrue();
        assertThat(plan.get("metadata").get("fup").asText()).isEqualTo("none");
        assertThat(plan.get("createdAt").asText()).endsWith("Z");
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
    }

    /** The event store reads an aggregate 100 events at a time; a plan changed 150 times loads whole. */
    @Test
    void aPlanChangedMoreOftenThanOneReadBatchKeepsEveryChange() {
        String admin = adminToken();
        String id = api.post("/api/v1/service-plans", admin, HOME_20M).json().get("id").asText();
        String path = "/api/v1/service-plans/" + id;
        String etag = "\"0\"";
        for (int change = 1; change <= 150; change++) {
            Reply patched = api.patch(path, admin, "{\"price\": " + (150000 + change) + "}", etag);
            assertThat(patched.status()).as("change %d: %s", change, patched.body()).isEqualTo(200);
            etag = patched.header("ETag");
            assertThat(etag).isEqualTo("\"" + change + "\"");
        }
        assertThat(api.patch(path, admin, "{\"price\": 1}", "\"149\"").status()).as("a stale version").isEqualTo(412);
        Reply read = api.awaitGet(path, admin, r -> "\"150\"".equals(r.header("ETag")));
        assertThat(read.json().get("price").asText()).isEqualTo("150150.00");
    }

    @Test
    void changesAreConditionalOnTheVersionTheClientRead() {
        String admin = adminToken();
        String id = api.post("/api/v1/service-plans", admin, HOME_20M).json().get("id").asText();
        String path = "/api/v1/service-plans/" + id;
        String etag = api.awaitGet(path, admin, r -> r.status() == 200).header("ETag");

        Reply patched = api.patch(path, admin, "{\"price\": 175000, \"downloadSpeed\": 30000}", etag);
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.header("ETag")).isEqualTo("\"1\"");

        Reply stale = api.patch(path, admin, "{\"price\": 1}", etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.isProblem()).isTrue();

        Reply replaced = api.put(path, admin, """
                {"name": "Home 30M yearly", "price": "1650000.00", "billingCycle": "yearly",
                 "downloadSpeed": 30000, "uploadSpeed": 15000, "dataLimit": 500, "dataUnit": "GB",
                 "concurrentConnections": 2}""", "\"1\"");
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);

        JsonNode plan = api.awaitGet(path, admin, r -> "\"2\"".equals(r.header("ETag"))).json();
        assertThat(plan.get("name").asText()).isEqualTo("Home 30M yearly");
        assertThat(plan.get("price").asText()).isEqualTo("1650000.00");
        assertThat(plan.get("billingCycle").asText()).isEqualTo("yearly");
        assertThat(plan.get("dataLimit").asInt()).isEqualTo(500);
        assertThat(plan.get("dataUnit").asText()).isEqualTo("GB");
        assertThat(plan.get("description").isNull()).as("PUT replaces: no description sent, none kept").isTrue();
    }

    @Test
    void deactivatedPlansLeaveTheActiveList() {
        String admin = adminToken();
        String kept = api.post("/api/v1/service-plans", admin, HOME_20M).json().get("id").asText();
        String retired = api.post("/api/v1/service-plans", admin, HOME_20M.replace("Home 20M", "Old 5M"))
                .json().get("id").asText();
        Reply deactivated = api.post("/api/v1/service-plans/" + retired + "/deactivate", admin, null);
        assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);

        api.awaitGet("/api/v1/service-plans/" + retired, admin,
                r -> r.status() == 200 && !r.json().get("isActive").asBoolean());
        api.awaitGet("/api/v1/service-plans/" + kept, admin, r -> r.status() == 200);
        List<String> active = ids(api.get("/api/v1/service-plans?active=true&size=200", admin));
        List<String> inactive = ids(api.get("/api/v1/service-plans?active=false&size=200", admin));
        assertThat(active).contains(kept).doesNotContain(retired);
        assertThat(inactive).contains(retired).doesNotContain(kept);
    }

    @Test
    void listsArePagedAndSortedByPrice() {
        String admin = adminToken();
        List<String> created = new ArrayList<>();
        for (String price : List.of("300000", "100000", "200000")) {
            created.add(api.post("/api/v1/service-plans", admin,
                    HOME_20M.replace("\"150000\"", "\"" + price + "\"").replace("Home 20M", "Sorted " + price))
                    .json().get("id").asText());
        }
        for (String id : created) {
            api.awaitGet("/api/v1/service-plans/" + id, admin, r -> r.status() == 200);
        }

        Reply firstPage = api.get("/api/v1/service-plans?sort=price,desc&size=2&page=0", admin);
        assertThat(firstPage.status()).isEqualTo(200);
        JsonNode page = firstPage.json().get("page");
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("number").asInt()).isEqualTo(0);
        assertThat(page.get("totalElements").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.get("totalPages").asInt()).isGreaterThanOrEqualTo(2);

        Reply all = api.get("/api/v1/service-plans?sort=price,asc&size=200", admin);
        List<String> prices = new ArrayList<>();
        all.json().get("content").forEach(p -> prices.add(p.get("price").asText()));
        assertThat(prices).isSortedAccordingTo((a, b) -> new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(b)));
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOnePlan() {
        String admin = adminToken();
        String key = "retry-" + Ids.next();
        Reply first = api.send("POST", "/api/v1/service-plans", admin, HOME_20M, "Idempotency-Key", key);
        Reply retry = api.send("POST", "/api/v1/service-plans", admin, HOME_20M, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(createdEvents(first.json().get("id").asText())).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyCreateOnePlan() throws Exception {
        String admin = adminToken();
        String key = "race-" + Ids.next();
        List<Reply> replies = Simultaneously.run(8,
                () -> api.send("POST", "/api/v1/service-plans", admin, HOME_20M, "Idempotency-Key", key));
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Reply r : replies) {
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            ids.add(r.json().get("id").asText());
        }
        assertThat(ids).hasSize(1);
        assertThat(createdEvents(ids.iterator().next())).isEqualTo(1);
    }

    @Test
    void staffMayReadPlansButNotChangeThem() {
        String staffEmail = "staff-" + Ids.next() + "@isp.id";
        commands.sendAndWait(new RegisterUser(Ids.next(), "Budi", staffEmail, passwords.encode("staff-secret-1"),
                Role.STAFF));
        String staff = api.login(staffEmail, "staff-secret-1");

        Reply refused = api.post("/api/v1/service-plans", staff, HOME_20M);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(api.get("/api/v1/service-plans", staff).status()).isEqualTo(200);
    }

    @Test
    void withoutATokenNothingIsReadOrWritten() {
        Reply anonymous = api.post("/api/v1/service-plans", null, HOME_20M);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(api.get("/api/v1/service-plans", "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordsAreRefusedAlike() {
        Reply wrongPassword = api.post("/api/v1/auth/login", null,
                "{\"email\":\"" + ADMIN_EMAIL + "\",\"password\":\"guess\"}");
        Reply unknownEmail = api.post("/api/v1/auth/login", null,
                "{\"email\":\"nobody@isp.id\",\"password\":\"guess\"}");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.json().get("detail")).isEqualTo(unknownEmail.json().get("detail"));
    }

    @Test
    void everyChangeLeavesAnAuditRowWithWhoWhatAndFromWhere() {
        String admin = adminToken();
        String adminId = String.valueOf(decodeClaims(admin).get("sub"));
        String id = api.post("/api/v1/service-plans", admin, HOME_20M).json().get("id").asText();
        api.patch("/api/v1/service-plans/" + id, admin, "{\"price\": \"175000\"}", null);
        api.post("/api/v1/service-plans/" + id + "/deactivate", admin, null);

        Awaitility.await().until(() -> auditRows(id).size() == 3);
        List<Map<String, Object>> rows = auditRows(id);
        assertThat(rows).extracting(r -> r.get("action")).containsExactly("create", "update", "deactivate");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("model_type")).isEqualTo("ServicePlan");
            assertThat(String.valueOf(r.get("user_id"))).isEqualTo(adminId);
            assertThat(r.get("ip_address")).isEqualTo("127.0.0.1");
            assertThat(r.get("user_agent")).isEqualTo("netledger-tests/1.0");
        });
        assertThat(rows.get(0).get("old_values")).isNull();
        assertThat(rows.get(0).get("new_values").toString()).contains("\"price\": \"150000.00\"");
        assertThat(rows.get(1).get("old_values").toString()).isEqualTo("{\"price\": \"150000.00\"}");
        assertThat(rows.get(1).get("new_values").toString()).isEqualTo("{\"price\": \"175000.00\"}");

        Awaitility.await().until(() -> jdbc.queryForObject(
                "select count(*) from audit_logs where action = 'login' and model_id = ?", Long.class,
                Long.parseLong(adminId)) > 0);
    }

    private List<Map<String, Object>> auditRows(String modelId) {
        return jdbc.queryForList("""
                select action, model_type, user_id, ip_address, user_agent, old_values::text as old_values,
                       new_values::text as new_values
                from audit_logs where model_id = ? order by id""", Long.parseLong(modelId));
    }

    private long createdEvents(String planId) {
        return jdbc.queryForObject("""
                select count(*) from domain_event_entry
                where aggregate_identifier = ? and payload_type = 'io.netledger.api.plan.ServicePlanCreated'""",
                Long.class, planId);
    }

    private static Map<?, ?> decodeClaims(String token) {
        try {
            byte[] payload = java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]);
            return io.netledger.app.Api.JSON.readValue(payload, Map.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> ids(Reply reply) {
        List<String> ids = new ArrayList<>();
        reply.json().get("content").forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }
}
