package io.netledger.saga.routerlog;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How routers' logs are followed ({@code netledger.router-logs}, environment {@code NETLEDGER_ROUTER_LOGS_*}):
 * whether at all, how often each NAS's {@code /log} is read unless its configuration says otherwise
 * ({@code logInterval}, else {@code pollInterval}: seconds, or {@code 30s}, {@code 5m}, {@code PT1M}), how often
 * the round looks for routers that are due, and how many routers are read at once (a router that does not
 * answer holds one of them until its timeout, never the others).
 */
@ConfigurationProperties("netledger.router-logs")
record RouterLogProperties(Boolean enabled, Duration every, Duration round, Integer readers) {

    static final Duration SHORTEST = Duration.ofSeconds(5);
    static final Duration LONGEST = Duration.ofDays(1);
    private static final Pattern SHORT_FORM = Pattern.compile("(\\d{1,6})([smh]?)");

    RouterLogProperties {
        enabled = enabled == null || enabled;
        every = every == null ? Duration.ofSeconds(60) : every;
        round = round == null ? Duration.ofSeconds(5) : round;
        readers = readers == null ? 16 : readers;
        if (readers < 1 || round.isNegative() || round.isZero() || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("netledger.router-logs: readers, round and every must be positive");
        }
    }

    /** How often this NAS's log is read: its configuration's interval when it names a usable one. */
    Duration intervalOf(Map<String, Object> configuration) {
        if (configuration == null) {
            return every;
        }
        return Optional.ofNullable(configuration.get("logInterval")).or(() -> Optional.ofNullable(configuration.get("pollInterval")))
                .flatMap(RouterLogProperties::duration)
                .map(interval -> interval.compareTo(SHORTEST) < 0 ? SHORTEST : interval.compareTo(LONGEST) > 0 ? LONGEST : interval)
                .orElse(every);
    }

    private static Optional<Duration> duration(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue() > 0 && number.doubleValue() < LONGEST.getSeconds() * 10
                    ? Optional.of(Duration.ofMillis(Math.round(number.doubleValue() * 1000))) : Optional.empty();
        }
        String text = String.valueOf(value).strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT_FORM.matcher(text);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            return Optional.of(switch (m.group(2)) {
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            });
        }
        try {
            return Optional.of(Duration.parse(text.toUpperCase(Locale.ROOT)));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
