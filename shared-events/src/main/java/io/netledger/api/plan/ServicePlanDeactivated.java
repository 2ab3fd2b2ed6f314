package io.netledger.api.plan;

import io.netledger.api.AuditAction;

@AuditAction("deactivate")
public record ServicePlanDeactivated(long planId) {
}
