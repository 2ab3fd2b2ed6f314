package io.netledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.app.Api;
import io.netledger.app.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole history, streamed as NDJSON exactly as stored, filtered and resumable. */
class EventExportApiTest extends ApiTest {

    @Autowired
    private JdbcTemplate database;

    @Test
    void theExportHoldsEveryEventAsStoredInPositionOrder() throws Exception {
        String admin = adminToken();
        String customer = newCustomer(admin, "Indah Permata");
        assertThat(api.put("/api/v1/customers/" + customer, admin,
                "{\"name\": \"Indah Permata\", \"city\": \"Depok\"}", null).status()).isEqualTo(200);

        Api.Reply reply = api.get("/api/v1/events", admin);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/x-ndjson");
        List<JsonNode> lines = lines(reply);
        assertThat(lines).hasSize(database.queryForObject("select count(*) from domain_event_entry", Integer.class));
        long previous = 0;
        for (JsonNode line : lines) {
            assertThat(line.get("position").asLong()).isGreaterThan(previous);
            previous = line.get("position").asLong();
        }
        JsonNode registered = lines.stream().filter(line -> line.get("aggregateId").asText().equals(customer))
                .findFirst().orElseThrow();
        assertThat(registered.get("eventType").asText()).isEqualTo("CustomerRegistered");
        assertThat(registered.get("aggregateType").asText()).isEqualTo("Customer");
        assertThat(registered.get("sequence").asLong()).isZero();
        byte[] stored = database.queryForObject("select payload from domain_event_entry where global_index = ?",
                byte[].class, registered.get("position").asLong());
        assertThat(Base64.getDecoder().decode(registered.get("payload").asText())).isEqualTo(stored);
        assertThat(registered.get("timestamp").asText()).isEqualTo(database.queryForObject(
                "select time_stamp from domain_event_entry where global_index = ?", String.class,
                registered.get("position").asLong()));
        // Personal values leave sealed, as they are stored.
        assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("Indah Permata");
        assertThat(reply.body()).doesNotContain("Indah Permata");
    }

    @Test
    void anExportIsFilteredAndResumesWhereItStopped() throws Exception {
        String admin = adminToken();
        String customer = newCustomer(admin, "Joko");
        for (int i = 0; i < 3; i++) {
            assertThat(api.put("/api/v1/customers/" + customer, admin,
                    "{\"name\": \"Joko\", \"city\": \"Kota " + i + "\"}", null).status()).isEqualTo(200);
        }
        List<JsonNode> all = lines(api.get("/api/v1/events", admin));
        long middle = all.get(all.size() / 2).get("position").asLong();

        List<JsonNode> head = lines(api.get("/api/v1/events?toPosition=" + middle, admin));
        List<JsonNode> rest = lines(api.get("/api/v1/events?fromPosition=" + (middle + 1), admin));
        List<Long> resumed = new ArrayList<>();
        head.forEach(line -> resumed.add(line.get("position").asLong()));
        rest.forEach(line -> resumed.add(line.get("position").asLong()));
        assertThat(resumed).isEqualTo(all.stream().map(line -> line.get("position").asLong()).toList());

        List<JsonNode> changes = lines(api.get("/api/v1/events?types=CustomerDetailsChanged&aggregateType=Customer",
                admin));
        assertThat(changes).hasSizeGreaterThanOrEqualTo(3)
                .allMatch(line -> line.get("eventType").asText().equals("CustomerDetailsChanged"));
        assertThat(lines(api.get("/api/v1/events?aggregateType=NoSuchThing", admin))).isEmpty();
        String future = OffsetDateTime.now().plusDays(1).toString().replace("+", "%2B");
        assertThat(lines(api.get("/api/v1/events?from=" + future, admin))).isEmpty();
        String past = OffsetDateTime.now().minusDays(1).toString().replace("+", "%2B");
        assertThat(lines(api.get("/api/v1/events?from=" + past, admin))).hasSize(all.size());
    }

    @Test
    void theExportIsForAuditorsAndRefusesBadInput() {
        String admin = adminToken();
        assertProblem(api.get("/api/v1/events", newLogin(admin, "staff")), 403, "");
        assertProblem(api.get("/api/v1/events?fromPosition=x", admin), 400, "fromPosition");
        assertProblem(api.get("/api/v1/events?fromPosition=-1", admin), 400, "fromPosition");
        assertProblem(api.get("/api/v1/events?fromPosition=9&toPosition=3", admin), 400, "toPosition");
        assertProblem(api.get("/api/v1/events?from=yesterday", admin), 400, "from");
        assertProblem(api.get("/api/v1/events?types=Invoice%00Paid", admin), 400, "types");
        assertProblem(api.get("/api/v1/events?aggregateType=Customer;drop", admin), 400, "aggregateType");
        assertProblem(api.send("GET", "/api/v1/events?fromPosition=x", admin, null, "Accept", "application/x-ndjson"),
                400, "fromPosition");
    }

    private static List<JsonNode> lines(Api.Reply reply) throws Exception {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : reply.body().split("\n")) {
            if (!line.isEmpty()) {
                lines.add(Api.JSON.readTree(line));
            }
        }
        return lines;
    }
}
