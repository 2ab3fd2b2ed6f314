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
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

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
    private static final Pattern TIME_SHAPE = Pattern.compile("\\d{2}:\\d{2}:\\d{2}");
    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    private static final Pattern V6_SHAPE = Pattern.compile("[A-Za-z]{3}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
    /** In the order of {@link #THIS_YEAR}. */
    private static final List<Pattern> THIS_YEAR_SHAPES = List.of(
            Pattern.compile("[A-Za-z]{3}/\\d{2} \\d{2}:\\d{2}:\\d{2}"), Pattern.compile("\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"),
            Pattern.compile("[A-Za-z]{3} [ 1-3]\\d \\d{2}:\\d{2}:\\d{2}"), Pattern.compile("[A-Za-z]{3} \\d \\d{2}:\\d{2}:\\d{2}"));
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
        // told apart by their shape first: a parse that fails costs an exception, and syslog brings thousands a second
        try {
            if (TIME_SHAPE.matcher(trimmed).matches()) {
                ZonedDateTime at = now.atZone(zone).toLocalDate().atTime(LocalTime.parse(trimmed, TIME)).atZone(zone);
                return Optional.of((at.toInstant().isAfter(now.plus(CLOCK_SKEW)) ? at.minusDays(1) : at).toInstant());
            }
            if (ISO_SHAPE.matcher(trimmed).matches()) {
                return Optional.of(LocalDateTime.parse(trimmed, FULL_ISO).atZone(zone).toInstant());
            }
            if (V6_SHAPE.matcher(trimmed).matches()) {
                return Optional.of(LocalDateTime.parse(trimmed, FULL_V6).atZone(zone).toInstant());
            }
            for (int i = 0; i < THIS_YEAR_SHAPES.size(); i++) {
                if (THIS_YEAR_SHAPES.get(i).matcher(trimmed).matches()) {
                    return Optional.of(thisYear(THIS_YEAR.get(i).parse(trimmed), zone, now));
                }
            }
        } catch (DateTimeException impossible) {
            // the right shape with values no clock shows, such as 25:00:00
        }
        return Optional.empty();
    }

    private static Instant thisYear(java.time.temporal.TemporalAccessor parsed, ZoneId zone, Instant now) {
        MonthDay day = MonthDay.of(parsed.get(ChronoField.MONTH_OF_YEAR), parsed.get(ChronoField.DAY_OF_MONTH));
        LocalTime time = LocalTime.of(parsed.get(ChronoField.HOUR_OF_DAY), parsed.get(ChronoField.MINUTE_OF_HOUR),
                parsed.get(ChronoField.SECOND_OF_MINUTE));
        int year = now.atZone(zone).getYear();
        ZonedDateTime at = atYear(day, year, time, zone);
        if (at.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            at = atYear(day, year - 1, time, zone);
        }
        return at.toInstant();
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
