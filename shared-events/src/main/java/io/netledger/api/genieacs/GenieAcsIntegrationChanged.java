package io.netledger.api.genieacs;

import io.netledger.api.AuditAction;

@AuditAction("update")
public record GenieAcsIntegrationChanged(
        long integrationId,
        String endpointUrl,
        String apiVersion,
        String keyHeader,
        GenieAcsConfiguration configuration) {

    public static GenieAcsIntegrationChanged of(long integrationId, GenieAcsConnection c) {
        return new GenieAcsIntegrationChanged(integrationId, c.endpointUrl(), c.apiVersion(), c.keyHeader(),
                c.configuration());
    }

    public GenieAcsConnection connection() {
        return new GenieAcsConnection(endpointUrl, apiVersion, keyHeader, configuration);
    }
}
