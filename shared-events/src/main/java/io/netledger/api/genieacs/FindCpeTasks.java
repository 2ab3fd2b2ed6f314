package io.netledger.api.genieacs;

/** Answers a list of {@link CpeTaskView}, newest first, at most {@code limit}. */
public record FindCpeTasks(long subscriptionId, int limit) {
}
