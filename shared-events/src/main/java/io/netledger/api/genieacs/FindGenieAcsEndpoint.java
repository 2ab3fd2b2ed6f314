package io.netledger.api.genieacs;

/** Answers an optional {@link GenieAcsEndpoint}: how the sagas reach the ACS. */
public record FindGenieAcsEndpoint(long integrationId) {
}
