package io.netledger.genieacs;

import java.util.Optional;

/**
 * Where a task stands. {@code DONE}: the device ran it (GenieACS deletes a task once run). {@code QUEUED}: it
 * waits for the device's next session. {@code FAULTED}: the device refused it; it waits for a retry.
 */
public record TaskOutcome(String taskId, State state, Optional<AcsFault> fault) {

    public enum State {
        DONE, QUEUED, FAULTED
    }

    static TaskOutcome done(String taskId) {
        return new TaskOutcome(taskId, State.DONE, Optional.empty());
    }

    static TaskOutcome queued(String taskId) {
        return new TaskOutcome(taskId, State.QUEUED, Optional.empty());
    }

    static TaskOutcome faulted(String taskId, AcsFault fault) {
        return new TaskOutcome(taskId, State.FAULTED, Optional.of(fault));
    }
}
