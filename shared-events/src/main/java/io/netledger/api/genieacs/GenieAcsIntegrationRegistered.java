package io.netledger.api.genieacs;

import io.netledger.api.AuditAction;
import io.netledger.api.secret.Sealed;

/** An ACS added; {@code apiKeyEncrypted} is null for an NBI that needs no key. */
@AuditAction("create")
public record GenieAcsIntegrationRegistered(
        long integrationId,
        String endpointUrl,
        String apiVersion,
        String keyHeader,
        GenieAcsConfiguration configuration,
        Sealed apiKeyEncrypted) {

    public static GenieAcsIntegrationRegistered of(long integrationId, GenieAcsConnection c, Sealed apiKey) {
        return new GenieAcsIntegrationRegistered(integrationId, c.endpointUrl(), c.apiVersion(), c.keyHeader(),
                c.configuration(), apiKey);
    }

    public GenieAcsConnection connection() {
        return new GenieAcsConnection(endpointUrl, apiVersion, keyHeader, configuration);
    }
}
