package io.netledger.api.nas;

import io.netledger.api.AuditAction;

@AuditAction("activate")
public record NasServerActivated(long nasId) {
}
