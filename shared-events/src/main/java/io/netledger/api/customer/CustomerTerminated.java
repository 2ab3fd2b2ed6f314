package io.netledger.api.customer;

import io.netledger.api.AuditAction;

@AuditAction("terminate")
public record CustomerTerminated(long customerId, String reason) {
}
