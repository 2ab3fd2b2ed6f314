package io.netledger.query.telemetry;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The moment a router's log line names. RouterOS prints only the time for a line of today
 * ({@code 12:03:44}), the month and day for one of this year ({@code dec/07 12:03:44}, or {@code 12-07 12:03:44}
 * in v7) and the full date for older ones ({@code dec/07/2025 12:03:44}, v7 {@code 2025-12-07 12:03:44}); BSD
 * syslog sends {@code Dec  7 12:03:44}. None carries a zone: it is the router's, its NAS's {@code timeZone}
 * setting or the ISP's. A line without a year or date is the latest such moment not after now (give or take a
 * router clock a few minutes fast), so a line of 23:59 read at 00:01 is yesterday's.
 */
final class RouterTimes {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter FULL_ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter FULL_V6 = caseless("MMM/dd/yyyy HH:mm:ss");
    private static final List<DateTimeFormatter> THIS_YEAR = List.of(
            caseless("MMM/dd HH:mm:ss"), DateTimeFormatter.ofPattern("MM-dd HH:mm:ss"),
            // BSD syslog pads a one-digit day with a space: "Dec  7 12:03:44"
            caseless("MMM ppd HH:mm:ss"), caseless("MMM d HH:mm:ss"));

    private RouterTimes() {
    }

    /** The moment {@code text} names in {@code zone}; empty when it is no time RouterOS or syslog writes. */
    static Optional<Instant> resolve(String text, ZoneId zone, Instant now) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > 32) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(zone);
        try {
            LocalTime time = LocalTime.parse(trimmed, TIME);
            ZonedDateTime at = local.toLocalDate().atTime(time).atZone(zone);
            return Optional.of((at.toInstant().isAfter(now.plus(CLOCK_SKEW)) ? at.minusDays(1) : at).toInstant());
        } catch (DateTimeParseException notTimeOnly) {
            // a date follows
        }
        for (DateTimeFormatter full : List.of(FULL_ISO, FULL_V6)) {
            try {
                return Optional.of(LocalDateTime.parse(trimmed, full).atZone(zone).toInstant());
            } catch (DateTimeParseException notThisForm) {
                // the next
            }
        }
        for (DateTimeFormatter form : THIS_YEAR) {
            try {
                var parsed = form.parse(trimmed);
                MonthDay day = MonthDay.of(parsed.get(ChronoField.MONTH_OF_YEAR), parsed.get(ChronoField.DAY_OF_MONTH));
                LocalTime time = LocalTime.of(parsed.get(ChronoField.HOUR_OF_DAY), parsed.get(ChronoField.MINUTE_OF_HOUR),
                        parsed.get(ChronoField.SECOND_OF_MINUTE));
                int year = local.getYear();
                ZonedDateTime at = atYear(day, year, time, zone);
                if (at.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
                    at = atYear(day, year - 1, time, zone);
                }
                return Optional.of(at.toInstant());
            } catch (DateTimeException notThisForm) {
                // the next
            }
        }
        return Optional.empty();
    }

    private static ZonedDateTime atYear(MonthDay day, int year, LocalTime time, ZoneId zone) {
        // 29 February of a year that has none would roll to the 28th: such a line is from a leap year
        LocalDate date = day.isValidYear(year) ? day.atYear(year) : day.atYear(year - 1);
        return date.atTime(time).atZone(zone);
    }

    private static DateTimeFormatter caseless(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}
