package io.netledger.api.provisioning;

import io.netledger.api.AuditAction;

@AuditAction("router_work_retry")
public record RouterWorkRetryRequested(long subscriptionId, RouterOperation operation) {
}
