package io.netledger.api.nas;

import java.time.OffsetDateTime;

/**
 * What the poller knows of a NAS: whether it answers (from its history: null before its first poll) and what
 * its last answered poll read (null before one).
 *
 * @param onlineChangedAt when it last went down or came up
 * @param lastSeen        the last poll it answered
 * @param cpuUsage        {@code cpu-load} at that poll, percent
 * @param memoryUsage     memory used at that poll, percent
 * @param connectionCount active PPP sessions at that poll
 */
public record NasStatus(Boolean online, OffsetDateTime onlineChangedAt, OffsetDateTime lastSeen, Integer cpuUsage,
                        Double memoryUsage, Integer connectionCount) {

    public static final NasStatus UNKNOWN = new NasStatus(null, null, null, null, null, null);
}
