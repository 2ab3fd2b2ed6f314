package io.netledger.api.telemetry;

import java.time.Instant;

/**
 * How far a router's {@code /log} has been read: the id of the last line taken, a print of that line (so that a
 * line under the same id after a reboot is told from it), and when the router had booted as it said then.
 *
 * @param lastId    the router's {@code .id} of the last line taken, {@code *1A}
 * @param lastPrint a print of that line's topics and message
 * @param bootedAt  when the router started, from its uptime at that read
 */
public record RouterLogCursor(String lastId, String lastPrint, Instant bootedAt) {
}
