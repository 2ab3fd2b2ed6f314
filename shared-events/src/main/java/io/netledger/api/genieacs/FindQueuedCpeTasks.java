package io.netledger.api.genieacs;

/** Answers a list of {@link QueuedCpeTask}: the pushes GenieACS holds for devices that have not run them yet. */
public record FindQueuedCpeTasks(int limit) {
}
