package io.netledger.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Probes are public, and say no more than UP or DOWN; what is inside (components, disk path,
 * processor names, metrics) is for an ADMIN only.
 */
class ActuatorExposureTest extends ApiTest {

    private static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void probesArePublicAndShowOnlyTheirStatus() {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            Reply reply = api.get(probe, null);
            assertThat(reply.status()).as(probe + " " + reply.body()).isEqualTo(200);
            assertThat(reply.json().get("status").asText()).isEqualTo("UP");
            assertThat(reply.body()).as(probe).doesNotContain("components", "diskSpace", "path", "details",
                    "service-plans", "audit");
        }
    }

    @Test
    void metricsAndHealthDetailsNeedAnAdmin() {
        Reply metrics = api.get("/actuator/prometheus", null);
        assertThat(metrics.status()).isEqualTo(401);
        assertThat(metrics.isProblem()).isTrue();
        Reply component = api.get("/actuator/health/db", null);
        assertThat(component.status()).isIn(401, 404);
        assertThat(component.body()).doesNotContain("PostgreSQL");

        String customerToken = customerLogin(adminToken(), newCustomer(adminToken(), "Curious Customer"));
        assertThat(api.get("/actuator/prometheus", customerToken).status()).isEqualTo(403);
        assertThat(api.get("/actuator/health", customerToken).body()).doesNotContain("components");

        assertThat(api.get("/actuator/prometheus", adminToken()).body()).contains("jvm_memory_used_bytes");
        assertThat(api.get("/actuator/health", adminToken()).json().get("components").has("db")).isTrue();
    }

    @Test
    void prometheusScrapesWithTheBasicCredentialsOfAnAdminAccount() {
        Reply scraped = api.send("GET", "/actuator/prometheus", null, null, "Authorization",
                basic(ADMIN_EMAIL, ADMIN_PASSWORD));
        assertThat(scraped.status()).as(scraped.body()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
        Reply wrong = api.send("GET", "/actuator/prometheus", null, null, "Authorization",
                basic(ADMIN_EMAIL, "not-the-password"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.isProblem()).isTrue();
        Reply elsewhere = api.send("GET", "/api/v1/service-plans", null, null, "Authorization",
                basic(ADMIN_EMAIL, ADMIN_PASSWORD));
        assertThat(elsewhere.status()).as("the API itself takes bearer tokens only").isEqualTo(401);
    }
}
