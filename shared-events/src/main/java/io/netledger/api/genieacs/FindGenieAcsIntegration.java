package io.netledger.api.genieacs;

/** Answers an optional {@link GenieAcsIntegrationView}. */
public record FindGenieAcsIntegration(long integrationId) {
}
