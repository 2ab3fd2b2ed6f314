package io.netledger.api.provisioning;

import io.netledger.api.AuditAction;

@AuditAction("router_work_completed")
public record RouterWorkCompleted(long subscriptionId, RouterOperation operation, int attempts) {
}
