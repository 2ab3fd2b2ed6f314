package io.netledger.api.genieacs;

import io.netledger.api.AuditAction;
import io.netledger.api.secret.Sealed;

/** The key sealed, or null when the key was removed. */
@AuditAction("rotate_api_key")
public record GenieAcsApiKeyRotated(long integrationId, Sealed apiKeyEncrypted) {
}
