package io.netledger.api.genieacs;

import io.netledger.api.AuditAction;

/** A push's new state; a fault carries GenieACS's code and message, so it shows in the audit log. */
@AuditAction("cpe_task")
public record CpeTaskRecorded(long subscriptionId, long pushId, CpeTaskKind kind, CpeTaskState state,
                              Long integrationId, String deviceId, String taskId, String faultCode,
                              String faultMessage) {
}
