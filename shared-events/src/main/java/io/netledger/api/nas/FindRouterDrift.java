package io.netledger.api.nas;

/** Answers the {@link RouterDriftReport} of the NAS's last reconciliation, or nothing before the first. */
public record FindRouterDrift(long nasId) {
}
