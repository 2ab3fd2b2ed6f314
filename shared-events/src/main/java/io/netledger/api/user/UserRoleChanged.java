package io.netledger.api.user;

import io.netledger.api.AuditAction;

@AuditAction("change_role")
public record UserRoleChanged(long userId, Role role) {
}
