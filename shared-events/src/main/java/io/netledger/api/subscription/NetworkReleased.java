package io.netledger.api.subscription;

import io.netledger.api.AuditAction;

@AuditAction("release_network")
public record NetworkReleased(long subscriptionId, long networkId, String ipAddress) {
}
