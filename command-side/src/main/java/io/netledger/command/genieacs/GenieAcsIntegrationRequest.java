package io.netledger.command.genieacs;

import io.netledger.api.genieacs.GenieAcsConfiguration;
import io.netledger.api.genieacs.GenieAcsConnection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST (with the key, if the NBI needs one) and PUT (without: it changes through rotate-api-key). */
record GenieAcsIntegrationRequest(
        @NotBlank @Size(max = GenieAcsIntegration.MAX_URL) String endpointUrl,
        @Size(max = 1024) String apiKey,
        @Size(max = GenieAcsIntegration.MAX_VERSION) String apiVersion,
        @Size(max = GenieAcsIntegration.MAX_HEADER) String keyHeader,
        @Valid GenieAcsConfiguration configuration) {

    GenieAcsConnection connection() {
        return new GenieAcsConnection(endpointUrl, apiVersion, keyHeader, configuration);
    }

    /** A new key; null or absent removes the key. */
    record NewApiKey(@Size(min = 1, max = 1024) String apiKey) {
    }
}
