package io.netledger.api.nas;

import io.netledger.api.AuditAction;
import java.util.Map;

@AuditAction("update")
public record NasServerChanged(
        long nasId,
        String name,
        String ipAddress,
        int port,
        String username,
        ApiType apiType,
        boolean tls,
        String description,
        Map<String, Object> configuration) {

    public static NasServerChanged of(long nasId, NasConnection c) {
        return new NasServerChanged(nasId, c.name(), c.ipAddress(), c.port(), c.username(), c.apiType(), c.tls(),
                c.description(), c.configuration());
    }

    public NasConnection connection() {
        return new NasConnection(name, ipAddress, port, username, apiType, tls, description, configuration);
    }
}
