package io.netledger.query.integrity;

import java.time.OffsetDateTime;

/** An integrity check as the API shows it: its progress while it runs, its verdict once finished. */
record IntegrityCheck(String id, Long fromCheckpoint, OffsetDateTime startedAt, OffsetDateTime finishedAt,
        boolean finished, long eventsChecked, long eventsPerSecond, int checkpointsVerified, Long checkedUpTo,
        String outcome, Long firstBrokenPosition, String how, Long lastTrustedPosition, String requestedBy) {
}
