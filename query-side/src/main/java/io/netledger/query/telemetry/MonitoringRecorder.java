package io.netledger.query.telemetry;

import io.netledger.api.Ids;
import io.netledger.api.telemetry.InterfaceRate;
import io.netledger.api.telemetry.MonitoringIngest;
import io.netledger.api.telemetry.NasPolled;
import io.netledger.api.telemetry.SubscriberSession;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a poll into {@code monitoring_data} in one batch (PostgreSQL routes each row to its month's partition),
 * and keeps the last poll of the NAS and the session state of its subscriptions beside it, in one transaction: a
 * list never shows a session whose bytes are not stored.
 *
 * <p>Rows per poll: {@code cpu_usage}, {@code memory_usage}, {@code uptime}, {@code connection_count} for the
 * NAS; {@code bandwidth_in} and {@code bandwidth_out} per interface ({@code additional_data.interface}); and
 * {@code bytes_down}, {@code bytes_up} per online subscription, with its session in {@code additional_data}.
 */
@Component
class MonitoringRecorder implements MonitoringIngest {

    static final String CPU = "cpu_usage";
    static final String MEMORY = "memory_usage";
    static final String UPTIME = "uptime";
    static final String CONNECTIONS = "connection_count";
    static final String BANDWIDTH_IN = "bandwidth_in";
    static final String BANDWIDTH_OUT = "bandwidth_out";
    static final String BYTES_DOWN = "bytes_down";
    static final String BYTES_UP = "bytes_up";

    /**
     * All rows of a poll in one statement, as arrays: a poll of a router with 2,000 sessions is 4,000 rows, and one
     * statement instead of 4,000 in a batch is what lets ingest keep up with COPY (bench/README.md).
     */
    private static final String INSERT = """
            insert into monitoring_data (id, nas_server_id, subscription_id, metric_type, value, unit, additional_data,
                                         recorded_at)
            select r.id, ?, r.subscription_id, r.metric_type, r.value::numeric, r.unit, r.additional_data::jsonb, ?
            from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])
                 as r(id, subscription_id, metric_type, value, unit, additional_data)""";

    private final JdbcTemplate jdbc;
    private final LiveSamples live;

    MonitoringRecorder(JdbcTemplate jdbc, LiveSamples live) {
        this.jdbc = jdbc;
        this.live = live;
    }

    @Override
    @Transactional
    public void record(NasPolled poll) {
        Timestamp at = Timestamp.from(poll.polledAt());
        long nas = poll.nasServerId();
        Rows rows = new Rows();
        rows.add(null, CPU, poll.cpuUsagePercent(), "percent", null);
        rows.add(null, MEMORY, poll.memoryUsedPercent(), "percent", null);
        rows.add(null, UPTIME, poll.uptimeSeconds(), "seconds", null);
        rows.add(null, CONNECTIONS, poll.connectionCount(), "sessions", null);
        for (InterfaceRate rate : poll.rates()) {
            String where = JsonText.object("interface", rate.interfaceName());
            rows.add(null, BANDWIDTH_IN, rate.mbpsIn(), "Mbps", where);
            rows.add(null, BANDWIDTH_OUT, rate.mbpsOut(), "Mbps", where);
        }
        for (SubscriberSession session : poll.sessions()) {
            String how = JsonText.object("address", session.address(), "callerMac", session.callerMac(),
                    "since", session.since().toString());
            rows.add(session.subscriptionId(), BYTES_DOWN, session.bytesDown(), "bytes", how);
            rows.add(session.subscriptionId(), BYTES_UP, session.bytesUp(), "bytes", how);
        }
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(INSERT);
            insert.setLong(1, nas);
            insert.setTimestamp(2, at);
            insert.setArray(3, connection.createArrayOf("bigint", rows.ids.toArray()));
            insert.setArray(4, connection.createArrayOf("bigint", rows.subscriptions.toArray()));
            insert.setArray(5, connection.createArrayOf("text", rows.metrics.toArray()));
            insert.setArray(6, connection.createArrayOf("text", rows.values.toArray()));
            insert.setArray(7, connection.createArrayOf("text", rows.units.toArray()));
            insert.setArray(8, connection.createArrayOf("text", rows.additional.toArray()));
            return insert;
        });
        jdbc.update("""
                insert into nas_server_polls (nas_server_id, last_seen, cpu_usage, memory_usage, uptime_seconds,
                                              connection_count)
                values (?, ?, ?, ?, ?, ?)
                on conflict (nas_server_id) do update set last_seen = excluded.last_seen,
                    cpu_usage = excluded.cpu_usage, memory_usage = excluded.memory_usage,
                    uptime_seconds = excluded.uptime_seconds, connection_count = excluded.connection_count
                where nas_server_polls.last_seen <= excluded.last_seen""",
                nas, at, poll.cpuUsagePercent(), poll.memoryUsedPercent(), poll.uptimeSeconds(),
                poll.connectionCount());
        recordSessions(poll, at);
        live.stored(poll);
    }

    @Override
    public void unseen(long nasServerId, Instant at) {
        jdbc.update("update subscription_sessions set online = false, last_seen = ? where nas_server_id = ? and online",
                Timestamp.from(at), nasServerId);
    }

    private void recordSessions(NasPolled poll, Timestamp at) {
        // two sessions of one account (a secret without only-one): one row, the last session read
        Map<Long, SubscriberSession> sessions = new LinkedHashMap<>();
        poll.sessions().forEach(session -> sessions.put(session.subscriptionId(), session));
        if (!sessions.isEmpty()) {
            jdbc.update(connection -> {
                PreparedStatement upsert = connection.prepareStatement("""
                        insert into subscription_sessions (subscription_id, nas_server_id, online, session_since,
                                                           address, caller_mac, last_seen)
                        select s.id, ?, true, s.since::timestamptz, s.address, s.mac, ?
                        from unnest(?::bigint[], ?::text[], ?::text[], ?::text[]) as s(id, since, address, mac)
                        on conflict (subscription_id) do update set nas_server_id = excluded.nas_server_id,
                            online = true, session_since = excluded.session_since, address = excluded.address,
                            caller_mac = excluded.caller_mac, last_seen = excluded.last_seen""");
                upsert.setLong(1, poll.nasServerId());
                upsert.setTimestamp(2, at);
                upsert.setArray(3, connection.createArrayOf("bigint", sessions.keySet().toArray()));
                upsert.setArray(4, connection.createArrayOf("text",
                        sessions.values().stream().map(session -> session.since().toString()).toArray()));
                upsert.setArray(5, connection.createArrayOf("text",
                        sessions.values().stream().map(SubscriberSession::address).toArray()));
                upsert.setArray(6, connection.createArrayOf("text",
                        sessions.values().stream().map(SubscriberSession::callerMac).toArray()));
                return upsert;
            });
        }
        Long[] stillOnline = poll.sessions().stream().map(SubscriberSession::subscriptionId).toArray(Long[]::new);
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    update subscription_sessions set online = false, last_seen = ?
                    where nas_server_id = ? and online and not (subscription_id = any (?))""");
            statement.setTimestamp(1, at);
            statement.setLong(2, poll.nasServerId());
            statement.setArray(3, connection.createArrayOf("bigint", stillOnline));
            return statement;
        });
    }

    /** A poll's rows, column by column, for one statement over arrays. */
    private static final class Rows {
        private final List<Long> ids = new ArrayList<>();
        private final List<Long> subscriptions = new ArrayList<>();
        private final List<String> metrics = new ArrayList<>();
        private final List<String> values = new ArrayList<>();
        private final List<String> units = new ArrayList<>();
        private final List<String> additional = new ArrayList<>();

        void add(Long subscription, String metric, Number value, String unit, String additionalData) {
            ids.add(Ids.next());
            subscriptions.add(subscription);
            metrics.add(metric);
            values.add(value.toString());
            units.add(unit);
            additional.add(additionalData);
        }
    }
}
