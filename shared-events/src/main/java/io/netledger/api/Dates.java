package io.netledger.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates NetLedger's books hold: from 1900 to the end of 2199. Java's dates reach the
 * year 999,999,999 and PostgreSQL's stop at 5,874,897, so a typo such as {@code 20266-01-01}
 * would otherwise be accepted and then fail every projection; nothing an ISP does falls
 * outside these years.
 */
public final class Dates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2199, 12, 31);

    private Dates() {
    }

    /** The date unchanged, or a rule violation naming {@code field}; a null passes. */
    public static LocalDate within(String field, LocalDate date) {
        if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
            throw new RuleViolation(field + " must lie between " + FIRST + " and " + LAST + ": " + date);
        }
        return date;
    }

    /** As {@link #within(String, LocalDate)} for an instant (read as a UTC date). */
    public static Instant within(String field, Instant instant) {
        if (instant != null) {
            within(field, LocalDate.ofInstant(instant, ZoneOffset.UTC));
        }
        return instant;
    }
}
