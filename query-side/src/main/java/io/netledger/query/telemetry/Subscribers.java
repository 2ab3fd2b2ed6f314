package io.netledger.query.telemetry;

import java.sql.Array;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whose subscription a batch of one NAS's log lines is about, looked up once per batch: by PPP or hotspot user
 * (a username is unique per NAS; a terminated subscription yields to a live one that took its name), and by
 * address: a static one from {@code customer_networks}, or the one a login on that NAS handed out in the last
 * week ({@code session_addresses}, which every login line stored moves).
 */
final class Subscribers {

    private final JdbcTemplate jdbc;

    Subscribers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Long> byUsername(long nasServerId, Collection<String> usernames) {
        Map<String, Long> found = new HashMap<>();
        if (usernames.isEmpty()) {
            return found;
        }
        jdbc.query("""
                select distinct on (username) username, id from customer_subscriptions
                where nas_server_id = ? and username = any(?)
                order by username, status = 'terminated', created_at desc""",
                row -> {
                    found.put(row.getString(1), row.getLong(2));
                }, nasServerId, textArray(usernames));
        return found;
    }

    Map<String, Long> byAddress(long nasServerId, Collection<String> addresses) {
        Map<String, Long> found = new HashMap<>();
        if (addresses.isEmpty()) {
            return found;
        }
        Array wanted = textArray(addresses);
        jdbc.query("""
                select address, subscription_id from session_addresses
                where nas_server_id = ? and address = any(?) and seen_at > now() - interval '7 days'""",
                row -> {
                    found.put(row.getString(1), row.getLong(2));
                }, nasServerId, wanted);
        // a static address is the subscriber's for good: it wins over a dynamic one seen before
        jdbc.query("""
                select n.ip_address, n.subscription_id from customer_networks n
                join customer_subscriptions s on s.id = n.subscription_id
                where s.nas_server_id = ? and n.ip_address = any(?)""",
                row -> {
                    found.put(row.getString(1), row.getLong(2));
                }, nasServerId, wanted);
        return found;
    }

    /** A login handed {@code address} to {@code subscriptionId}: lines naming the address are his from now. */
    void sessionAddress(long nasServerId, String address, long subscriptionId, Instant seenAt) {
        jdbc.update("""
                insert into session_addresses (nas_server_id, address, subscription_id, seen_at) values (?, ?, ?, ?)
                on conflict (nas_server_id, address) do update
                set subscription_id = excluded.subscription_id, seen_at = excluded.seen_at
                where session_addresses.seen_at <= excluded.seen_at""",
                nasServerId, address, subscriptionId, seenAt.atOffset(ZoneOffset.UTC));
    }

    private Array textArray(Collection<String> values) {
        return jdbc.execute((ConnectionCallback<Array>) connection ->
                connection.createArrayOf("text", values.toArray()));
    }
}
