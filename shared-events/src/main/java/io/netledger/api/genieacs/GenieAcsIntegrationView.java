package io.netledger.api.genieacs;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;

/** A row of {@code geniacs_integrations} as clients read it: whether a key is set, never the key, sealed or not. */
public record GenieAcsIntegrationView(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long id,
        String endpointUrl,
        String apiVersion,
        String keyHeader,
        boolean hasApiKey,
        boolean isActive,
        GenieAcsConfiguration configuration,
        OffsetDateTime lastSync,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonIgnore long aggregateVersion) {
}
