package io.netledger.saga.polling;

import io.netledger.api.telemetry.InterfaceRate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last counters read from one router, so that the next poll can tell what moved in between: the bandwidth
 * of each interface, the bytes of each session. Pure: the poller feeds it readings and stores what it answers.
 *
 * <p>A router whose uptime went down restarted after the previous poll: its counters count from the boot, so
 * an interface's rate is its counter over the uptime. A session is known by its id, which is new on every login;
 * one not seen before came up after the previous poll when its uptime says so, and all its bytes are new. Without
 * a previous poll (the first one, or the first on a node that just took over) nothing can be told apart: the
 * readings become the baseline and no bytes are counted, rather than counting a session's days as one minute.
 */
final class TrafficBaseline {

    /** A session read at a poll: its id, its counters, and how long the router says it has been up. */
    record SessionReading(String sessionId, Counters counters, Duration uptime) {
    }

    /** What the poll adds up to: rates per interface, bytes per session id, and when each session started. */
    record Movement(List<InterfaceRate> rates, Map<String, Counters> sessionBytes, Map<String, Instant> since) {
    }

    private static final Duration LATE_SIGHTING = Duration.ofSeconds(2);

    private Instant polledAt;
    private Duration uptime;
    private Map<String, Counters> interfaces = Map.of();
    private Map<String, Counters> sessions = Map.of();
    private Map<String, Instant> sessionStarts = Map.of();

    Movement next(Instant now, Duration routerUptime, Map<String, Counters> interfacesNow,
                  Map<String, SessionReading> sessionsNow) {
        boolean known = polledAt != null && now.isAfter(polledAt);
        boolean restarted = known && routerUptime.compareTo(uptime) < 0;
        List<InterfaceRate> rates = new ArrayList<>();
        if (known) {
            Duration window = restarted ? routerUptime : Duration.between(polledAt, now);
            double seconds = window.toMillis() / 1000.0;
            interfacesNow.forEach((name, counters) -> {
                Counters before = restarted ? new Counters(0, 0) : interfaces.get(name);
                if (before != null && seconds > 0) {
                    Counters moved = counters.since(before);
                    rates.add(new InterfaceRate(name, megabits(moved.rx(), seconds), megabits(moved.tx(), seconds)));
                }
            });
        }
        Map<String, Counters> bytes = new HashMap<>();
        Map<String, Instant> starts = new HashMap<>();
        Duration sinceLastPoll = known ? Duration.between(polledAt, now) : Duration.ZERO;
        sessionsNow.forEach((id, session) -> {
            Counters before = restarted ? null : sessions.get(id);
            if (before != null) {
                bytes.put(id, session.counters().since(before));
            } else if (known && session.uptime().compareTo(sinceLastPoll.plus(LATE_SIGHTING)) <= 0) {
                bytes.put(id, session.counters());
            } else {
                bytes.put(id, new Counters(0, 0));
            }
            Instant start = restarted ? null : sessionStarts.get(id);
            starts.put(id, start != null ? start : now.minus(session.uptime()));
        });
        polledAt = now;
        uptime = routerUptime;
        interfaces = Map.copyOf(interfacesNow);
        sessions = new HashMap<>();
        sessionsNow.forEach((id, session) -> sessions.put(id, session.counters()));
        sessionStarts = Map.copyOf(starts);
        return new Movement(List.copyOf(rates), Map.copyOf(bytes), Map.copyOf(starts));
    }

    private static double megabits(long bytes, double seconds) {
        return Math.round(bytes * 8 / seconds / 1_000_000 * 10_000) / 10_000.0;
    }
}
