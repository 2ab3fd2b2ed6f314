package io.netledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bad input gets a clear 4xx problem+json, never a 500, and nothing reaches the event store. */
class BadInputTest extends ApiTest {

    private static final String VALID = """
            {"name": "Home 20M", "price": "150000", "billingCycle": "monthly",
             "downloadSpeed": 20000, "uploadSpeed": 10000, "dataUnit": "unlimited"}""";

    @Autowired
    private JdbcTemplate jdbc;
    @LocalServerPort
    private int port;

    private String admin;
    private long eventsBefore;

    @BeforeEach
    void countEvents() {
        admin = adminToken();
        eventsBefore = events();
    }

    /** The count the other tests compare: it must see what a request writes, or "nothing written" proves nothing. */
    @Test
    void theEventCountSeesWhatARequestWrites() {
        Reply created = api.post("/api/v1/service-plans", admin, """
                {"name": "Counted %d", "price": "1", "billingCycle": "monthly", "downloadSpeed": 1,
                 "uploadSpeed": 1, "dataUnit": "unlimited"}""".formatted(System.nanoTime()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(events()).isEqualTo(eventsBefore + 1);
    }

    private void assertRefused(Reply reply, int status, String detailContains) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.isProblem()).as("problem+json: " + reply.headers() + " " + reply.body()).isTrue();
        assertThat(reply.json().get("detail").asText()).containsIgnoringCase(detailContains);
        assertThat(events()).as("nothing written").isEqualTo(eventsBefore);
    }

    @Test
    void malformedJson() {
        assertRefused(api.post("/api/v1/service-plans", admin, "{\"name\": \"Home"), 400, "not readable");
    }

    @Test
    void aJsonArrayInsteadOfAnObject() {
        assertRefused(api.post("/api/v1/service-plans", admin, "[1, 2]"), 400, "not readable");
    }

    @Test
    void wrongTypes() {
        assertRefused(api.post("/api/v1/service-plans", admin, VALID.replace("20000", "\"fast\"")), 400,
                "not readable");
        assertRefused(api.post("/api/v1/service-plans", admin, VALID.replace("\"150000\"", "\"murah\"")), 400,
                "not readable");
    }

    @Test
    void valuesOutsideTheDocumentsEnums() {
        assertRefused(api.post("/api/v1/service-plans", admin, VALID.replace("monthly", "weekly")), 400,
                "billingCycle must be one of monthly, yearly, custom");
        assertRefused(api.post("/api/v1/service-plans", admin, VALID.replace("unlimited", "TB")), 400,
                "dataUnit must be one of");
    }

    @Test
    void missingFieldsAreAllNamed() {
        Reply reply = api.post("/api/v1/service-plans", admin, "{}");
        assertRefused(reply, 400, "invalid fields");
        assertThat(reply.json().get("errors").findValuesAsText("field"))
                .contains("name", "price", "billingCycle", "downloadSpeed", "uploadSpeed", "dataUnit");
    }

    @Test
    void fractionsOfASen() {
        assertRefused(api.post("/api/v1/service-plans", admin, VALID.replace("\"150000\"", "\"150000.005\"")), 400,
                "at most two decimals");
    }

    @Test
    void brokenBusinessRules() {
        assertRefused(api.post("/api/v1/service-plans", admin, VALID.replace("\"150000\"", "\"-5\"")), 422,
                "price cannot be negative");
        assertRefused(api.post("/api/v1/service-plans", admin, VALID.replace("unlimited", "GB")), 422,
                "dataLimit must be a positive number of GB");
    }

    @Test
    void unknownIds() {
        assertRefused(api.get("/api/v1/service-plans/42", admin), 404, "does not exist");
        assertRefused(api.patch("/api/v1/service-plans/42", admin, "{\"price\": 1}", null), 404, "42");
        assertRefused(api.put("/api/v1/service-plans/42", admin, VALID, null), 404, "42");
        assertRefused(api.post("/api/v1/service-plans/42/deactivate", admin, null), 404, "42");
    }

    @Test
    void idsThatAreNotNumbers() {
        assertRefused(api.get("/api/v1/service-plans/abc", admin), 400, "abc");
        assertRefused(api.patch("/api/v1/service-plans/99999999999999999999", admin, "{}", null), 400, "convert");
    }

    @Test
    void anIfMatchThatIsNoETagOfOurs() {
        String id = api.post("/api/v1/service-plans", admin, VALID).json().get("id").asText();
        eventsBefore = events();
        assertRefused(api.patch("/api/v1/service-plans/" + id, admin, "{\"price\": 1}", "\"yesterday\""), 400,
                "If-Match");
        assertRefused(api.patch("/api/v1/service-plans/" + id, admin, "{\"price\": 1}", "\"7\""), 412,
                "changed since you read it");
    }

    @Test
    void pagingParametersOutOfRange() {
        assertRefused(api.get("/api/v1/service-plans?size=100000", admin), 400, "size");
        assertRefused(api.get("/api/v1/service-plans?page=-1", admin), 400, "page");
        assertRefused(api.get("/api/v1/service-plans?sort=password", admin), 400, "sort must be one of");
        assertRefused(api.get("/api/v1/service-plans?sort=price,sideways", admin), 400, "asc or desc");
        assertRefused(api.get("/api/v1/service-plans?active=maybe", admin), 400, "maybe");
    }

    @Test
    void aBodyThatIsNotJson() {
        Reply reply = api.send("POST", "/api/v1/service-plans", admin, null, "Content-Type", "text/plain");
        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.isProblem()).isTrue();
        assertThat(events()).isEqualTo(eventsBefore);
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedBeforeParsing() {
        String huge = VALID.replace("\"Home 20M\"", "\"" + "x".repeat(70_000) + "\"");
        assertRefused(api.post("/api/v1/service-plans", admin, huge), 413, "larger than 65536 bytes");
    }

    @Test
    void aChunkedBodyLargerThanTheLimitIsRefusedToo() throws Exception {
        byte[] huge = VALID.replace("\"Home 20M\"", "\"" + "x".repeat(70_000) + "\"").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/service-plans"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(events()).isEqualTo(eventsBefore);
    }

    @Test
    void unknownRoutesAndMethods() {
        assertRefused(api.get("/api/v1/no-such-thing", admin), 404, "");
        assertRefused(api.send("DELETE", "/api/v1/service-plans", admin, null), 405, "");
    }

    @Test
    void loginWithMissingFields() {
        assertRefused(api.post("/api/v1/auth/login", null, "{\"email\": \"admin@netledger.local\"}"), 400, "password");
    }
}
