package io.netledger.genieacs;

import java.time.Instant;

/**
 * A fault GenieACS recorded for a task, e.g. {@code cwmp.9005 Invalid parameter name}. Its id is
 * {@code <deviceId>:task_<taskId>}; the task waits until the fault is deleted (a retry).
 */
public record AcsFault(String id, String code, String message, int retries, Instant timestamp) {
}
