package io.netledger.api.nas;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A row of {@code nas_servers} as clients read it, with what the poller knows of the router ({@code online},
 * {@code lastSeen}, CPU, sessions): never the password, sealed or not.
 */
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
        @JsonIgnore long aggregateVersion,
        @JsonUnwrapped NasStatus status) {

    /** The same NAS with what the poller knows of it. */
    public NasServerView withStatus(NasStatus known) {
        return new NasServerView(id, name, ipAddress, port, username, apiType, tls, version, isActive, description,
                configuration, lastSync, createdAt, updatedAt, aggregateVersion, known);
    }
}
