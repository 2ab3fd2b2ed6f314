package io.netledger.api.plan;

import io.netledger.api.AuditAction;

@AuditAction("activate")
public record ServicePlanActivated(long planId) {
}
