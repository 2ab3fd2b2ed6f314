package io.netledger.saga.polling;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When each NAS is polled: every {@code interval}, at an offset within it that its id decides, so that the polls
 * of many routers are spread over the interval instead of all starting at once, and so that every node (after a
 * take-over) agrees on them. Slots count from the epoch: a NAS is due when the clock has entered a slot it has
 * not been polled in.
 */
final class PollSlots {

    static final String INTERVAL_SETTING = "pollInterval";
    private static final Pattern SECONDS = Pattern.compile("(\\d{1,6})s?");
    private static final Pattern MINUTES = Pattern.compile("(\\d{1,4})m");

    private PollSlots() {
    }

    /** Where in its interval the polls of {@code nasId} fall. */
    static long offsetMillis(long nasId, Duration interval) {
        // TSIDs of NAS registered together differ in their low bits only: mix them before taking the remainder
        long mixed = nasId * 0x9E3779B97F4A7C15L;
        return Math.floorMod(mixed ^ (mixed >>> 29), interval.toMillis());
    }

    /** The slot the clock is in for this NAS. */
    static long slot(Instant now, long nasId, Duration interval) {
        return Math.floorDiv(now.toEpochMilli() - offsetMillis(nasId, interval), interval.toMillis());
    }

    /**
     * The NAS's own interval from its configuration ({@code "pollInterval": 30}, {@code "30s"}, {@code "5m"}),
     * or {@code fallback}; anything else, or less than a second, is not an interval and the fallback holds.
     */
    static Duration interval(Map<String, Object> configuration, Duration fallback) {
        Object setting = configuration == null ? null : configuration.get(INTERVAL_SETTING);
        return parse(setting).filter(interval -> interval.compareTo(Duration.ofSeconds(1)) >= 0).orElse(fallback);
    }

    private static Optional<Duration> parse(Object setting) {
        if (setting instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && number.longValue() <= 86_400) {
            return Optional.of(Duration.ofSeconds(number.longValue()));
        }
        if (setting instanceof String text) {
            Matcher seconds = SECONDS.matcher(text.strip());
            if (seconds.matches()) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(seconds.group(1))));
            }
            Matcher minutes = MINUTES.matcher(text.strip());
            if (minutes.matches()) {
                return Optional.of(Duration.ofMinutes(Long.parseLong(minutes.group(1))));
            }
        }
        return Optional.empty();
    }
}
