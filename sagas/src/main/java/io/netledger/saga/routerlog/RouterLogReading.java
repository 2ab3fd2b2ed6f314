package io.netledger.saga.routerlog;

import io.netledger.api.telemetry.RouterLogCursor;
import io.netledger.api.telemetry.RouterLogLine;
import io.netledger.routeros.RouterItemId;
import io.netledger.routeros.RouterLogEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Which lines of a router's {@code /log} are new since the cursor, and the cursor after them (ADR 0023).
 *
 * <p>RouterOS numbers log lines upwards ({@code *1}, {@code *2}...) and starts again at {@code *1} when it boots,
 * its memory log gone. The cursor keeps the id of the last line taken, a print of that line, and when the router
 * had booted. The lines after the cursor are new when the router has not booted since (its uptime says so) and
 * the cursor's line is still there under its id with the same print. Otherwise the router has restarted its
 * numbering, and every line it holds is new; the uptime tells a reboot even when the new numbering has already
 * passed the cursor's id, and the print tells it when no uptime could be read. A cursor line gone while every
 * line left is numbered above it means the log (a ring of a thousand lines) went round between two reads: the
 * lines left are all new, and some were lost between them, which the reading reports.
 */
record RouterLogReading(List<RouterLogLine> lines, RouterLogCursor next, boolean restarted, boolean gap) {

    /** A boot moment differs from the last one by more than this when the router has booted again. */
    static final Duration BOOT_TOLERANCE = Duration.ofSeconds(30);

    /**
     * @param entries  the router's whole log, oldest first
     * @param bootedAt now less the router's uptime, or null when it could not be read
     */
    static RouterLogReading of(Optional<RouterLogCursor> cursor, List<RouterLogEntry> entries, Instant bootedAt) {
        Instant booted = bootedAt == null ? null : bootedAt.truncatedTo(ChronoUnit.SECONDS);
        if (cursor.isEmpty()) {
            return taking(entries, 0, booted, Optional.empty(), false, false);
        }
        RouterLogCursor was = cursor.get();
        boolean rebooted = booted != null && was.bootedAt() != null
                && booted.isAfter(was.bootedAt().plus(BOOT_TOLERANCE));
        // the boot moment is worked out from an uptime in whole seconds: keep the first estimate while it holds
        Instant keptBoot = rebooted || was.bootedAt() == null ? booted : was.bootedAt();
        if (rebooted) {
            return taking(entries, 0, keptBoot, cursor, true, false);
        }
        RouterItemId last = new RouterItemId(was.lastId());
        for (int i = 0; i < entries.size(); i++) {
            RouterLogEntry entry = entries.get(i);
            if (entry.id().equals(last)) {
                boolean same = print(entry).equals(was.lastPrint());
                return taking(entries, same ? i + 1 : 0, keptBoot, cursor, !same, false);
            }
        }
        boolean renumbered = entries.stream().anyMatch(entry -> entry.id().compareTo(last) < 0);
        return taking(entries, 0, keptBoot, cursor, renumbered, !renumbered && !entries.isEmpty());
    }

    private static RouterLogReading taking(List<RouterLogEntry> entries, int from, Instant booted,
                                           Optional<RouterLogCursor> cursor, boolean restarted, boolean gap) {
        List<RouterLogLine> lines = entries.subList(from, entries.size()).stream()
                .map(entry -> new RouterLogLine(entry.id().value(), entry.time(), entry.topics(), entry.message()))
                .toList();
        RouterLogCursor next;
        if (!entries.isEmpty() && from < entries.size()) {
            RouterLogEntry newest = entries.get(entries.size() - 1);
            next = new RouterLogCursor(newest.id().value(), print(newest), booted);
        } else {
            next = cursor.map(was -> new RouterLogCursor(was.lastId(), was.lastPrint(), booted)).orElse(null);
        }
        return new RouterLogReading(lines, next, restarted, gap);
    }

    /** A line's print: its topics and message, not its time, which RouterOS prints differently as days pass. */
    static String print(RouterLogEntry entry) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((entry.topics() + "\n" + entry.message()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
