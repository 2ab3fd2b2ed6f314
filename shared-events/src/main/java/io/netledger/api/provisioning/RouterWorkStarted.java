package io.netledger.api.provisioning;

import io.netledger.api.AuditAction;

@AuditAction("router_work_started")
public record RouterWorkStarted(long subscriptionId, RouterOperation operation, String cause) {
}
