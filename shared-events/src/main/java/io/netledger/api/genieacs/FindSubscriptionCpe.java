package io.netledger.api.genieacs;

/** Answers an optional {@link CpeDeviceView}: the device linked to the subscription. */
public record FindSubscriptionCpe(long subscriptionId) {
}
