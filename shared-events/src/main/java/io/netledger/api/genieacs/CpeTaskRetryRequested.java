package io.netledger.api.genieacs;

import io.netledger.api.AuditAction;

/** {@code taskId} is GenieACS's when the push faulted (retried there), null when it never reached the ACS. */
@AuditAction("retry_cpe_task")
public record CpeTaskRetryRequested(long subscriptionId, long pushId, CpeTaskKind kind, String taskId,
                                    Long integrationId, String deviceId) {
}
