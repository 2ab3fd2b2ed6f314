package io.netledger.api.telemetry;

import java.time.Instant;

/**
 * A subscription online at one poll of its NAS, and what it moved since the poll before.
 *
 * @param since       when the session came up, as the router's uptime of it says
 * @param callerMac   the customer router's MAC ({@code caller-id}), or null
 * @param bytesDown   sent to the customer since the previous poll (0 on the first sight of a session that was
 *                    already up before anyone was watching: those bytes cannot be told apart)
 * @param bytesUp     received from him since then
 */
public record SubscriberSession(long subscriptionId, Instant since, String address, String callerMac,
                                long bytesDown, long bytesUp) {

    public SubscriberSession {
        if (since == null) {
            throw new IllegalArgumentException("a session has a start");
        }
        if (bytesDown < 0 || bytesUp < 0) {
            throw new IllegalArgumentException("bytes cannot be negative: down %d, up %d".formatted(bytesDown, bytesUp));
        }
    }
}
