package io.netledger.api.nas;

import io.netledger.api.AuditAction;
import io.netledger.api.secret.Sealed;
import java.util.Map;

@AuditAction("create")
public record NasServerRegistered(
        long nasId,
        String name,
        String ipAddress,
        int port,
        String username,
        ApiType apiType,
        boolean tls,
        String description,
        Map<String, Object> configuration,
        Sealed passwordEncrypted) {

    public static NasServerRegistered of(long nasId, NasConnection c, Sealed password) {
        return new NasServerRegistered(nasId, c.name(), c.ipAddress(), c.port(), c.username(), c.apiType(), c.tls(),
                c.description(), c.configuration(), password);
    }

    public NasConnection connection() {
        return new NasConnection(name, ipAddress, port, username, apiType, tls, description, configuration);
    }
}
