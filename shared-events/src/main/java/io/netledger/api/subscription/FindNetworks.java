package io.netledger.api.subscription;

/** Answers a {@link NetworkList}: the networks of one subscription, primary first. */
public record FindNetworks(long subscriptionId) {
}
