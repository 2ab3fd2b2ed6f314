package io.netledger.api.customer;

import io.netledger.api.AuditAction;

@AuditAction("suspend")
public record CustomerSuspended(long customerId, String reason) {
}
