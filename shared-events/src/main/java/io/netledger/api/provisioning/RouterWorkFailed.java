package io.netledger.api.provisioning;

import io.netledger.api.AuditAction;

/** Needs a person: the books and the router disagree until staff fix the router or the data and retry. */
@AuditAction("router_work_failed")
public record RouterWorkFailed(long subscriptionId, RouterOperation operation, String step, int attempts,
                               String error, String compensation) {
}
