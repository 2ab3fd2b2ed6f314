package io.netledger.api.provisioning;

/** Answers the {@link ProvisioningView} of a subscription, or nothing when the sagas never touched it. */
public record FindProvisioning(long subscriptionId) {
}
