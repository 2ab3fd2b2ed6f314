package io.netledger.api.genieacs;

import io.netledger.api.AuditAction;

@AuditAction("factory_reset_cpe")
public record CpeFactoryResetRequested(long subscriptionId, long pushId) {
}
