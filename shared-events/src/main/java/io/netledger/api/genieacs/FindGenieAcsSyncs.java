package io.netledger.api.genieacs;

import io.netledger.api.PageSpec;

/** Answers a {@link GenieAcsSyncPage} of an integration's syncs and pushes, newest first; {@code entityType} null means all. */
public record FindGenieAcsSyncs(long integrationId, String entityType, PageSpec page) {
}
