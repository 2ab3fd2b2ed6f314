package io.netledger.api.nas;

import io.netledger.api.AuditAction;

/** The router answers the poller: for the first time, or again after it was down. */
@AuditAction("up")
public record NasServerCameUp(long nasId) {
}
