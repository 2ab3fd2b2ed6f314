package io.netledger.api.nas;

import io.netledger.api.AuditAction;

@AuditAction("deactivate")
public record NasServerDeactivated(long nasId) {
}
