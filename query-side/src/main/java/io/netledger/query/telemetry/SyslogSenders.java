package io.netledger.query.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which active NAS a datagram's source address is: its {@code configuration.syslogAddress} when a router sends
 * from another address than the one NetLedger reaches it at, its {@code ip_address} otherwise. Read from
 * {@code nas_servers} every few seconds, and at once (at most four times a second, so that a stranger's flood costs
 * little) for an address not known, so a NAS registered a moment ago is heard within a quarter of a second.
 * An address two active NAS claim names neither: their lines cannot be told apart, and a line is never stored under a router that may not have sent it.
 */
final class SyslogSenders {

    private static final Duration FRESH = Duration.ofSeconds(10);
    private static final Duration RETRY_MISS = Duration.ofMillis(250);

    /** What an address names. */
    enum Kind { NAS, STRANGER, AMBIGUOUS }

    record Sender(Kind kind, long nasServerId) {
    }

    private final JdbcTemplate jdbc;
    private volatile Map<String, Long> byAddress = Map.of();
    private volatile Set<String> ambiguous = Set.of();
    private volatile Instant readAt = Instant.EPOCH;

    SyslogSenders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    synchronized Sender of(String address, Instant now) {
        if (readAt.plus(FRESH).isBefore(now) || !known(address) && readAt.plus(RETRY_MISS).isBefore(now)) {
            reload(now);
        }
        if (ambiguous.contains(address)) {
            return new Sender(Kind.AMBIGUOUS, 0);
        }
        Long nas = byAddress.get(address);
        return nas == null ? new Sender(Kind.STRANGER, 0) : new Sender(Kind.NAS, nas);
    }

    private boolean known(String address) {
        return byAddress.containsKey(address) || ambiguous.contains(address);
    }

    private void reload(Instant now) {
        Map<String, Long> found = new HashMap<>();
        Set<String> twice = new HashSet<>();
        jdbc.query("""
                select id, coalesce(nullif(configuration ->> 'syslogAddress', ''), ip_address)
                from nas_servers where is_active""",
                row -> {
                    String address = row.getString(2);
                    if (found.putIfAbsent(address, row.getLong(1)) != null) {
                        twice.add(address);
                    }
                });
        twice.forEach(found::remove);
        byAddress = Map.copyOf(found);
        ambiguous = Set.copyOf(twice);
        readAt = now;
    }
}
