package io.netledger.api.nas;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import java.util.Map;

/** A row of {@code nas_servers} as clients read it: never the password, sealed or not. */
public record NasServerView(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long id,
        String name,
        String ipAddress,
        int port,
        String username,
        ApiType apiType,
        boolean tls,
        String version,
        boolean isActive,
        String description,
        Map<String, Object> configuration,
        OffsetDateTime lastSync,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonIgnore long aggregateVersion) {
}
