package io.netledger.routeros.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Time as the router writes it: uptimes like {@code 1w2d3h4m5s}, dates in its version's style. */
final class RouterClock {

    private static final DateTimeFormatter ISO_STYLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter V6_STYLE = DateTimeFormatter.ofPattern("MMM/dd/yyyy HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Clock clock;
    private volatile Instant boot;
    private final boolean isoDates;

    RouterClock(RouterOsVersion version, Clock clock) {
        this.clock = clock;
        this.boot = clock.instant();
        // v7 switched the dates it prints to ISO style; v6 writes "sep/20/2024 13:00:27".
        this.isoDates = version.major() >= 7;
    }

    ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    String dateTime(ZonedDateTime when) {
        return isoDates ? ISO_STYLE.format(when) : V6_STYLE.format(when).toLowerCase(Locale.ROOT);
    }

    /** Log lines of the current day carry only the time of day. */
    String timeOfDay() {
        return TIME_OF_DAY.format(now());
    }

    /** The router starts again: its uptime counts from now. */
    void restart() {
        boot = clock.instant();
    }

    String uptime() {
        return uptime(Duration.between(boot, clock.instant()));
    }

    /** RouterOS leaves out the units that are zero: {@code 1d2h3s}, {@code 0s} right after boot. */
    static String uptime(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        long[] sizes = {7 * 86_400, 86_400, 3_600, 60, 1};
        String[] units = {"w", "d", "h", "m", "s"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sizes.length; i++) {
            long amount = seconds / sizes[i];
            seconds %= sizes[i];
            if (amount > 0) {
                text.append(amount).append(units[i]);
            }
        }
        return text.isEmpty() ? "0s" : text.toString();
    }
}
