package io.netledger.query.telemetry;

import io.netledger.api.BadRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Where a page of network logs ends, handed to clients as an opaque string: the last row's {@code occurred_at}
 * (in microseconds, PostgreSQL's precision) and id, the two columns the list is ordered by. The next page is
 * every row before that pair: an index range, as quick on page 500 as on page 1, and stable while new lines
 * arrive at the top.
 */
record LogCursor(Instant occurredAt, long id) {

    private static final String VERSION = "n1";

    static LogCursor after(Instant occurredAt, long id) {
        return new LogCursor(occurredAt.truncatedTo(ChronoUnit.MICROS), id);
    }

    String encoded() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + ":" + micros + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    static LogCursor decoded(String text) {
        try {
            if (text.length() > 64) {
                throw new IllegalArgumentException("too long");
            }
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split(":", -1);
            if (parts.length != 3 || !parts[0].equals(VERSION)) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new LogCursor(Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS), Long.parseLong(parts[2]));
        } catch (RuntimeException unreadable) {
            throw new BadRequest("cursor is not one this list gave out: pass back the \"next\" of the page before");
        }
    }
}
