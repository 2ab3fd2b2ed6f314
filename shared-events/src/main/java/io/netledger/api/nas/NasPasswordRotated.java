package io.netledger.api.nas;

import io.netledger.api.AuditAction;
import io.netledger.api.secret.Sealed;

@AuditAction("rotate_password")
public record NasPasswordRotated(long nasId, Sealed passwordEncrypted) {
}
