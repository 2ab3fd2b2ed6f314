package io.netledger.api.nas;

import io.netledger.api.AuditAction;
import java.time.Instant;

/** The router stopped answering the poller (three polls in a row by default). */
@AuditAction("down")
public record NasServerWentDown(long nasId, Instant lastSeen, int missedPolls, String reason) {
}
