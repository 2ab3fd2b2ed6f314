package io.netledger.api.customer;

import io.netledger.api.AuditAction;

@AuditAction("reactivate")
public record CustomerReactivated(long customerId) {
}
