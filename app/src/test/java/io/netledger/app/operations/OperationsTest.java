package io.netledger.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import org.junit.jupiter.api.Test;

/** What an operator points monitoring and API clients at. */
class OperationsTest extends ApiTest {

    @Test
    void healthShowsTheDatabaseAndEveryEventProcessor() {
        Reply health = api.get("/actuator/health", adminToken());
        assertThat(health.status()).isEqualTo(200);
        JsonNode components = health.json().get("components");
        assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
        JsonNode processors = components.get("eventProcessors");
        assertThat(processors.get("status").asText()).isEqualTo("UP");
        assertThat(processors.get("details").fieldNames()).toIterable().contains("service-plans", "users", "audit");
        assertThat(processors.get("details").get("audit").get("running").asBoolean()).isTrue();
    }

    @Test
    void prometheusExposesProcessorJvmAndPoolMetrics() {
        api.post("/api/v1/service-plans", adminToken(), """
                {"name": "Metered", "price": "1", "billingCycle": "monthly", "downloadSpeed": 1,
                 "uploadSpeed": 1, "dataUnit": "unlimited"}""");
        Reply metrics = api.get("/actuator/prometheus", adminToken());
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
        // Axon's per-message monitors are off (application.yml); each processor's distance from the head is here.
        assertThat(metrics.body()).containsPattern("(?m)^netledger_processors_behind\\{[^}]*processor=\"audit\"[^}]*} ([0-9.]+|NaN)$");
    }

    @Test
    void theApiDescribesItselfAndSwaggerUiIsServed() {
        Reply docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.fieldNames()).toIterable().contains("/api/v1/service-plans", "/api/v1/service-plans/{id}",
                "/api/v1/service-plans/{id}/deactivate", "/api/v1/auth/login");
        assertThat(paths.get("/api/v1/service-plans/{id}").fieldNames()).toIterable()
                .contains("get", "put", "patch");
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }
}
