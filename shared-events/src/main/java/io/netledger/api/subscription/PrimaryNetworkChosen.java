package io.netledger.api.subscription;

import io.netledger.api.AuditAction;

/** From now on {@code networkId} is the subscription's primary network, and no other is. */
@AuditAction("choose_primary_network")
public record PrimaryNetworkChosen(long subscriptionId, long networkId) {
}
