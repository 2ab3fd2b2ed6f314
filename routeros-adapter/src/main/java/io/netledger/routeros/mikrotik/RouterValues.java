package io.netledger.routeros.mikrotik;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading and writing values the way RouterOS 6 and 7 print and accept them. */
final class RouterValues {

    private static final Pattern UNITS = Pattern.compile("(\\d+)(w|d|h|ms|m|s)");
    private static final long[] UNIT_SECONDS = {604_800, 86_400, 3_600, 60, 1};
    private static final String[] UNIT_NAMES = {"w", "d", "h", "m", "s"};
    private static final Pattern CLOCK = Pattern.compile("(\\d+):(\\d{2}):(\\d{2})(?:\\.(\\d{1,3}))?");

    private RouterValues() {
    }

    /** v6 prints {@code yes}/{@code no}, v7 {@code true}/{@code false}; absent means no. */
    static boolean flag(String value) {
        if (value == null) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> true;
            default -> false;
        };
    }

    /** Both versions accept {@code yes}/{@code no} when setting. */
    static String flag(boolean value) {
        return value ? "yes" : "no";
    }

    static long number(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: '" + value + "'", e);
        }
    }

    /**
     * {@code 1w2d3h4m5s}, {@code 5s120ms} (v7 and most v6 output) or a clock part such as
     * {@code 2d06:13:28} (some v6 menus); empty or absent is zero.
     */
    static Duration duration(String value) {
        if (value == null || value.isBlank()) {
            return Duration.ZERO;
        }
        String rest = value.strip();
        Duration total = Duration.ZERO;
        Matcher clock = CLOCK.matcher(rest);
        if (clock.find() && clock.end() == rest.length()) {
            total = Duration.ofHours(Long.parseLong(clock.group(1)))
                    .plusMinutes(Long.parseLong(clock.group(2)))
                    .plusSeconds(Long.parseLong(clock.group(3)));
            if (clock.group(4) != null) {
                total = total.plusMillis(Long.parseLong((clock.group(4) + "00").substring(0, 3)));
            }
            rest = rest.substring(0, clock.start());
        }
        Matcher units = UNITS.matcher(rest);
        int at = 0;
        while (units.find() && units.start() == at) {
            long amount = Long.parseLong(units.group(1));
            total = total.plus(switch (units.group(2)) {
                case "w" -> Duration.ofDays(7 * amount);
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "s" -> Duration.ofSeconds(amount);
                default -> Duration.ofMillis(amount);
            });
            at = units.end();
        }
        if (at != rest.length()) {
            throw new IllegalArgumentException("not a RouterOS duration: '" + value + "'");
        }
        return total;
    }

    /** Whole seconds as RouterOS writes them, e.g. {@code 1d2h30m}. */
    static String duration(Duration value) {
        long seconds = value.toSeconds();
        if (seconds == 0) {
            return "0s";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < UNIT_SECONDS.length; i++) {
            if (seconds >= UNIT_SECONDS[i]) {
                text.append(seconds / UNIT_SECONDS[i]).append(UNIT_NAMES[i]);
                seconds %= UNIT_SECONDS[i];
            }
        }
        return text.toString();
    }

    /** A single host is written {@code IP/32} ({@code /128} for IPv6); a value that already names a prefix is kept. */
    static String hostPrefix(String address) {
        String trimmed = address.strip();
        if (trimmed.indexOf('/') >= 0) {
            return trimmed;
        }
        return trimmed + (trimmed.indexOf(':') >= 0 ? "/128" : "/32");
    }

    /** A single IPv4 host as the router keeps it on an address list: {@code 10.0.0.5/32} is {@code 10.0.0.5}. */
    static String bareHost(String address) {
        String trimmed = address.strip();
        return trimmed.endsWith("/32") ? trimmed.substring(0, trimmed.length() - 3) : trimmed;
    }

    /** Blank and absent are the same to RouterOS: the attribute is not set. */
    static String absentIfBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
