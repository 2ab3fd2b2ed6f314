package io.netledger.api.telemetry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the lines read from a router's {@code /log} are kept (the {@code network_logs} of the NAS), together with
 * how far that log has been read. Whoever reads routers moves the cursor only through {@link #append}, which
 * stores the lines and the new cursor in one transaction and only if the cursor is still the one the reader
 * started from: two readers of one router (two nodes, a slow read overtaken by the next) can never both store
 * the same lines, and a crash between reading and storing leaves the cursor where the lines start.
 */
public interface RouterLogBook {

    /** How far the NAS's log has been read; empty before its first read. */
    Optional<RouterLogCursor> cursor(long nasServerId);

    /** When each NAS's log was last read and stored, whichever node read it: what the next read is due after. */
    Map<Long, Instant> lastReads();

    /**
     * Stores {@code lines} (oldest first) of the NAS and moves its cursor from {@code from} (empty: never read)
     * to {@code to}, in one transaction.
     *
     * @return false, storing nothing, when the cursor is no longer {@code from}
     */
    boolean append(long nasServerId, Optional<RouterLogCursor> from, RouterLogCursor to, List<RouterLogLine> lines);
}
