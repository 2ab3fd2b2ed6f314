package io.netledger.api.provisioning;

import io.netledger.api.AuditAction;

@AuditAction("router_repair")
public record RouterRepairRequested(long subscriptionId, String drift) {
}
