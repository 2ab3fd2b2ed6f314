package io.netledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every refusal is RFC 9457 problem+json, also those that Tomcat answers before Spring sees
 * the request, and none of them is a 500.
 */
class EveryAnswerIsProblemJsonTest extends ApiTest {

    @LocalServerPort
    private int port;

    private RawHttp raw;
    private String admin;

    @BeforeEach
    void setUp() {
        raw = new RawHttp(port);
        admin = adminToken();
    }

    private static void assertClientProblem(Reply reply) {
        assertThat(reply.status()).as(reply.headers() + " " + reply.body()).isBetween(400, 499);
        assertThat(reply.isProblem()).as("problem+json: " + reply.headers() + " " + reply.body()).isTrue();
    }

    @Test
    void anEncodedSlashInThePath() {
        assertClientProblem(raw.send("GET /api/v1/service-plans%2F42 HTTP/1.1", List.of(), null));
    }

    @Test
    void aNulInThePath() {
        assertClientProblem(raw.send("GET /api/v1/service-plans/%00 HTTP/1.1", List.of(), null));
        assertClientProblem(raw.send("GET /api/v1/%00/x HTTP/1.1", List.of("Authorization: Bearer " + admin), null));
    }

    @Test
    void aHeaderOfTenThousandCharacters() {
        assertClientProblem(raw.send("GET /api/v1/service-plans HTTP/1.1",
                List.of("Authorization: Bearer " + admin, "X-Note: " + "n".repeat(10_000)), null));
    }

    @Test
    void headersFarBeyondAnyLimit() {
        assertClientProblem(raw.send("GET /api/v1/service-plans HTTP/1.1",
                List.of("X-Note: " + "n".repeat(100_000)), null));
    }

    @Test
    void aVeryLongAuthorizationHeader() {
        assertClientProblem(raw.send("GET /api/v1/service-plans HTTP/1.1",
                List.of("Authorization: Bearer " + "a".repeat(20_000)), null));
        assertClientProblem(raw.send("GET /api/v1/service-plans HTTP/1.1",
                List.of("Authorization: Bearer " + "a".repeat(7_000)), null));
    }

    @Test
    void aMalformedMultipartBodyOnEveryKindOfOperationThatTakesABody() {
        byte[] body = "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end".getBytes(StandardCharsets.UTF_8);
        for (String target : List.of("POST /api/v1/service-plans", "POST /api/v1/customers", "POST /api/v1/auth/login",
                "PUT /api/v1/settings/tax_rate", "PATCH /api/v1/service-plans/42", "POST /api/v1/users",
                "POST /api/v1/webhooks/midtrans", "POST /api/v1/billing-runs")) {
            Reply reply = raw.send(target + " HTTP/1.1", List.of("Authorization: Bearer " + admin,
                    "Content-Type: multipart/form-data; boundary=xyz"), body);
            assertClientProblem(reply);
        }
    }

    @Test
    void anEmptySortOnEveryList() {
        for (String list : List.of("/api/v1/service-plans", "/api/v1/customers", "/api/v1/users", "/api/v1/invoices",
                "/api/v1/nas-servers", "/api/v1/subscriptions", "/api/v1/billing-runs", "/api/v1/audit-logs")) {
            for (String sort : List.of(",", ",,", ",asc", "%20,desc")) {
                Reply reply = api.get(list + "?sort=" + sort, admin);
                assertThat(reply.status()).as(list + "?sort=" + sort + " " + reply.body()).isNotEqualTo(500);
                if (reply.status() != 404) {
                    assertClientProblem(reply);
                }
            }
        }
    }

    @Test
    void aNulInTheLoginEmail() {
        Reply reply = api.post("/api/v1/auth/login", null, "{\"email\": \"admin\\u0000@netledger.local\", \"password\": \"x\"}");
        assertClientProblem(reply);
    }
}
