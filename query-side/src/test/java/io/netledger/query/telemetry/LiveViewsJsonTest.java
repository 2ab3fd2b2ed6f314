package io.netledger.query.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.netledger.api.nas.ApiType;
import io.netledger.api.nas.NasServerView;
import io.netledger.api.nas.NasStatus;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Views that carry live state still travel through Axon's Jackson 2 serializer, as queries do over Axon Server. */
class LiveViewsJsonTest {

    private final ObjectMapper axon = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void aNasViewWithItsStatusReadsBackTheSame() throws Exception {
        OffsetDateTime seen = OffsetDateTime.parse("2026-12-07T10:00:00Z");
        NasServerView view = new NasServerView(7, "core", "10.0.0.1", 8728, "api", ApiType.ROUTEROS_V7, false, null,
                true, null, Map.of(), null, seen, seen, 3, new NasStatus(true, seen, seen, 12, 40.5, 3));

        String json = axon.writeValueAsString(view);

        assertThat(json).contains("\"online\":true", "\"cpuUsage\":12").doesNotContain("\"status\"");
        assertThat(axon.readValue(json, NasServerView.class).status()).isEqualTo(view.status());
    }
}
