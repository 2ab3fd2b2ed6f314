package io.netledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.app.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The viewer of a query comes from the token: clients never see it as a parameter. */
class ViewerApiTest extends ApiTest {

    @Test
    void theViewerIsNoParameterOfTheDocumentedQueries() {
        JsonNode paths = api.get("/v3/api-docs", null).json().get("paths");

        assertThat(parameters(paths, "/api/v1/customers/{id}")).containsExactly("id", "asOf");
        assertThat(parameters(paths, "/api/v1/invoices/{id}/payments")).containsExactly("id");
        assertThat(parameters(paths, "/api/v1/subscriptions")).doesNotHaveDuplicates()
                .contains("customerId", "status").doesNotContain("viewer");
    }

    private static List<String> parameters(JsonNode paths, String path) {
        List<String> names = new ArrayList<>();
        paths.get(path).get("get").path("parameters").forEach(p -> names.add(p.get("name").asText()));
        return names;
    }
}
