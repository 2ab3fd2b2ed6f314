package io.netledger.api.genieacs;

import io.netledger.api.AuditAction;

@AuditAction("reboot_cpe")
public record CpeRebootRequested(long subscriptionId, long pushId) {
}
