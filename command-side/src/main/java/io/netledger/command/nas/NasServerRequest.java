package io.netledger.command.nas;

import io.netledger.api.nas.ApiType;
import io.netledger.api.nas.NasConnection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Body of POST (with the password) and PUT (without: it changes through rotate-password).
 * Without a port, the API's default for the chosen transport is used.
 */
record NasServerRequest(
        @NotBlank @Size(max = NasServer.MAX_TEXT) String name,
        @NotBlank @Size(max = 45) String ipAddress,
        Integer port,
        @NotBlank @Size(max = NasServer.MAX_TEXT) String username,
        @Size(min = 1, max = 1024) String password,
        @NotNull ApiType apiType,
        Boolean tls,
        @Size(max = NasServer.MAX_DESCRIPTION) String description,
        Map<String, Object> configuration) {

    static final int API_PORT = 8728;
    static final int API_SSL_PORT = 8729;

    NasConnection connection() {
        boolean useTls = Boolean.TRUE.equals(tls);
        return new NasConnection(name, ipAddress, port != null ? port : useTls ? API_SSL_PORT : API_PORT, username,
                apiType, useTls, description, configuration);
    }

    record NewPassword(@NotBlank @Size(max = 1024) String password) {
    }
}
