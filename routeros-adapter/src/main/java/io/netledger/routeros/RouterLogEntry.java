package io.netledger.routeros;

/**
 * One line of the router's log ({@code /log/print}).
 *
 * @param id      ids count up, so the newest one seen is where the next read starts
 * @param time    the time as the router writes it: {@code 12:03:44} today, {@code jan/02 12:03:44}
 *                or {@code 2025-01-02 12:03:44} for older lines, depending on version
 * @param topics  comma-separated, e.g. {@code pppoe,ppp,info}
 * @param message the text
 */
public record RouterLogEntry(RouterItemId id, String time, String topics, String message) {

    public RouterLogEntry {
        if (id == null) {
            throw new IllegalArgumentException("a log entry has an id");
        }
        time = time == null ? "" : time;
        topics = topics == null ? "" : topics;
        message = message == null ? "" : message;
    }
}
