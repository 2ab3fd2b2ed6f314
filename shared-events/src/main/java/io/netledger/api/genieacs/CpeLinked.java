package io.netledger.api.genieacs;

import io.netledger.api.AuditAction;

/** A device is the subscription's CPE from now on: pushes for the subscription go to it. */
@AuditAction("link_cpe")
public record CpeLinked(long subscriptionId, long integrationId, String deviceId) {
}
