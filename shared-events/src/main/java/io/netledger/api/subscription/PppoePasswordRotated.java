package io.netledger.api.subscription;

import io.netledger.api.AuditAction;
import io.netledger.api.secret.Sealed;

@AuditAction("rotate_password")
public record PppoePasswordRotated(long subscriptionId, Sealed passwordEncrypted) {
}
