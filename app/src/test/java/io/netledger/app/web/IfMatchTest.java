package io.netledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import org.junit.jupiter.api.Test;

/** If-Match compares strongly (RFC 9110 13.1.1): a weak tag never matches. */
class IfMatchTest extends ApiTest {

    @Test
    void aWeakTagNeverMatchesAndChangesNothing() {
        String admin = adminToken();
        Reply created = api.post("/api/v1/service-plans", admin, """
                {"name": "Weakly %d", "price": "1", "billingCycle": "monthly", "downloadSpeed": 1,
                 "uploadSpeed": 1, "dataUnit": "unlimited"}""".formatted(System.nanoTime()));
        String id = created.json().get("id").asText();
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        long before = events();

        Reply weak = api.patch("/api/v1/service-plans/" + id, admin, "{\"price\": 2}", "W/\"0\"");
        assertThat(weak.status()).as(weak.body()).isEqualTo(412);
        assertThat(weak.isProblem()).isTrue();
        assertThat(weak.json().get("detail").asText()).contains("weak");
        assertThat(events()).isEqualTo(before);

        Reply strong = api.patch("/api/v1/service-plans/" + id, admin, "{\"price\": 2}", "\"0\"");
        assertThat(strong.status()).as(strong.body()).isEqualTo(200);
    }
}
