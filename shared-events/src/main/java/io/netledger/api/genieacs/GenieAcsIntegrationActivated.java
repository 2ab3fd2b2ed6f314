package io.netledger.api.genieacs;

import io.netledger.api.AuditAction;

@AuditAction("activate")
public record GenieAcsIntegrationActivated(long integrationId) {
}
