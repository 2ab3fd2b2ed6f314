package io.netledger.api.nas;

import java.util.Map;

/**
 * Where and how NetLedger reaches a NAS's API, and what staff note about it. The
 * password is not here: it travels sealed, on its own, so that it can rotate alone.
 *
 * @param port          the API port (8728 plain, 8729 TLS by default on RouterOS)
 * @param configuration free-form settings for later use (e.g. the isolir list name)
 */
public record NasConnection(
        String name,
        String ipAddress,
        int port,
        String username,
        ApiType apiType,
        boolean tls,
        String description,
        Map<String, Object> configuration) {

    public NasConnection {
        name = name == null ? null : name.strip();
        ipAddress = ipAddress == null ? null : ipAddress.strip();
        username = username == null ? null : username.strip();
        description = description == null || description.isBlank() ? null : description.strip();
        configuration = configuration == null ? Map.of() : Map.copyOf(configuration);
    }
}
