package io.netledger.query.telemetry;

import io.netledger.api.BadRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time range and bucket size a reader asks for: {@code from} and {@code to} as ISO-8601 instants with an
 * offset, {@code step} such as {@code 30s}, {@code 5m}, {@code 1h}, {@code 1d}. Defaults: the last day in buckets
 * of 5 minutes. Refused (400): text that is none of these, an empty or reversed range, a range past a year, or
 * more than {@link #MAX_BUCKETS} buckets.
 */
record TimeBuckets(Instant from, Instant to, Duration step) {

    static final int MAX_BUCKETS = 10_000;
    private static final Pattern STEP = Pattern.compile("([1-9]\\d{0,5})([smhd])");
    private static final Duration LONGEST = Duration.ofDays(400);

    static TimeBuckets of(String from, String to, String step, Instant now, Duration defaultRange) {
        Instant end = to == null ? now : instant("to", to);
        Instant start = from == null ? end.minus(defaultRange) : instant("from", from);
        Duration size = step == null ? Duration.ofMinutes(5) : step(step);
        if (!start.isBefore(end)) {
            throw new BadRequest("from must be before to");
        }
        Duration range = Duration.between(start, end);
        if (range.compareTo(LONGEST) > 0) {
            throw new BadRequest("a range covers at most " + LONGEST.toDays() + " days");
        }
        if (range.dividedBy(size) >= MAX_BUCKETS) {
            throw new BadRequest("from, to and step make more than " + MAX_BUCKETS + " buckets: take a larger step");
        }
        return new TimeBuckets(start, end, size);
    }

    /** The step as a PostgreSQL interval literal for {@code date_bin}. */
    String interval() {
        return step.toSeconds() + " seconds";
    }

    private static Instant instant(String name, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " must be an ISO-8601 timestamp with an offset, such as 2026-12-07T10:00:00Z");
        }
    }

    private static Duration step(String text) {
        Matcher step = STEP.matcher(text);
        if (!step.matches()) {
            throw new BadRequest("step must be a number and a unit (s, m, h, d), such as 5m or 1h");
        }
        long amount = Long.parseLong(step.group(1));
        return switch (step.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
