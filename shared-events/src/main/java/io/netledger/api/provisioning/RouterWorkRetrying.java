package io.netledger.api.provisioning;

import io.netledger.api.AuditAction;
import java.time.Instant;

@AuditAction("router_work_retrying")
public record RouterWorkRetrying(long subscriptionId, RouterOperation operation, String step, int attempt,
                                 String error, Instant nextAttemptAt) {
}
