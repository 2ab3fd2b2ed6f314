package io.netledger.api.genieacs;

import io.netledger.api.secret.Sealed;

/** How to reach one ACS; the key stays sealed until the adapter calls (null when the NBI needs none). */
public record GenieAcsEndpoint(long integrationId, String endpointUrl, String keyHeader, Sealed apiKey,
                               boolean active, GenieAcsConfiguration configuration, long aggregateVersion) {
}
