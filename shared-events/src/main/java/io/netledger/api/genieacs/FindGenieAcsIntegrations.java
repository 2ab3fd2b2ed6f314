package io.netledger.api.genieacs;

import io.netledger.api.PageSpec;

/** Answers a {@link GenieAcsIntegrationPage}; {@code active} null means all. */
public record FindGenieAcsIntegrations(Boolean active, PageSpec page) {
}
