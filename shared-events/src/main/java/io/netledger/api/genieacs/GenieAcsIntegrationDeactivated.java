package io.netledger.api.genieacs;

import io.netledger.api.AuditAction;

@AuditAction("deactivate")
public record GenieAcsIntegrationDeactivated(long integrationId) {
}
