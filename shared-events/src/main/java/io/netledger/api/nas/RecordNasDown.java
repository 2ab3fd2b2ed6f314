package io.netledger.api.nas;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The poller's word that the router has not answered {@code missedPolls} polls in a row; a NAS already down
 * stays as it is.
 *
 * @param lastSeen the last poll it answered, or null when it never has
 */
public record RecordNasDown(@TargetAggregateIdentifier long nasId, Instant lastSeen, int missedPolls, String reason) {
}
