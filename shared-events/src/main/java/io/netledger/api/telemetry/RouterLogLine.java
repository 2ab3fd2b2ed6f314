package io.netledger.api.telemetry;

/**
 * One line of a router's log as the router wrote it, before NetLedger reads any meaning into it.
 *
 * @param routerId the router's {@code .id} ({@code *1A}) for a line read over the API; null for one received by
 *                 syslog, which carries none
 * @param time     the time as the router wrote it ({@code 12:03:44}, {@code dec/07 12:03:44},
 *                 {@code 2026-12-07 12:03:44}, a syslog {@code Dec  7 12:03:44}), in the router's own zone
 * @param topics   comma-separated RouterOS topics, e.g. {@code pppoe,ppp,info,account}
 * @param message  the text
 */
public record RouterLogLine(String routerId, String time, String topics, String message) {

    public RouterLogLine {
        time = time == null ? "" : time;
        topics = topics == null ? "" : topics;
        message = message == null ? "" : message;
    }
}
