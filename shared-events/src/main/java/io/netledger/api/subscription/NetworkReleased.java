package io.netledger.api.subscription;

import io.netledger.api.AuditAction;
import io.netledger.api.AuditModel;

@AuditModel(type = "CustomerNetwork", idField = "networkId")
@AuditAction("delete")
public record NetworkReleased(long subscriptionId, long networkId, String ipAddress) {
}
