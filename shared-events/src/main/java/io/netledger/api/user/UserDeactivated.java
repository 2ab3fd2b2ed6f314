package io.netledger.api.user;

import io.netledger.api.AuditAction;

@AuditAction("deactivate")
public record UserDeactivated(long userId) {
}
