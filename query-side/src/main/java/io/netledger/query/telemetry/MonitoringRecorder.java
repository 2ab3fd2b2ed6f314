package io.netledger.query.telemetry;

import io.netledger.api.Ids;
import io.netledger.api.telemetry.InterfaceRate;
import io.netledger.api.telemetry.MonitoringIngest;
import io.netledger.api.telemetry.NasPolled;
import io.netledger.api.telemetry.SubscriberSession;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    private static final String INSERT = """
            insert into monitoring_data (id, nas_server_id, subscription_id, metric_type, value, unit, additional_data,
                                         recorded_at)
            values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)""";

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
        List<Object[]> rows = new ArrayList<>();
        rows.add(row(nas, null, CPU, poll.cpuUsagePercent(), "percent", null, at));
        rows.add(row(nas, null, MEMORY, poll.memoryUsedPercent(), "percent", null, at));
        rows.add(row(nas, null, UPTIME, poll.uptimeSeconds(), "seconds", null, at));
        rows.add(row(nas, null, CONNECTIONS, poll.connectionCount(), "sessions", null, at));
        for (InterfaceRate rate : poll.rates()) {
            String where = JsonText.object("interface", rate.interfaceName());
            rows.add(row(nas, null, BANDWIDTH_IN, rate.mbpsIn(), "Mbps", where, at));
            rows.add(row(nas, null, BANDWIDTH_OUT, rate.mbpsOut(), "Mbps", where, at));
        }
        for (SubscriberSession session : poll.sessions()) {
            String how = JsonText.object("address", session.address(), "callerMac", session.callerMac(),
                    "since", session.since().toString());
            rows.add(row(nas, session.subscriptionId(), BYTES_DOWN, session.bytesDown(), "bytes", how, at));
            rows.add(row(nas, session.subscriptionId(), BYTES_UP, session.bytesUp(), "bytes", how, at));
        }
        jdbc.batchUpdate(INSERT, rows);
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
        List<Object[]> online = poll.sessions().stream().map(session -> new Object[] {session.subscriptionId(),
                poll.nasServerId(), Timestamp.from(session.since()), session.address(), session.callerMac(), at})
                .toList();
        jdbc.batchUpdate("""
                insert into subscription_sessions (subscription_id, nas_server_id, online, session_since, address,
                                                   caller_mac, last_seen)
                values (?, ?, true, ?, ?, ?, ?)
                on conflict (subscription_id) do update set nas_server_id = excluded.nas_server_id, online = true,
                    session_since = excluded.session_since, address = excluded.address,
                    caller_mac = excluded.caller_mac, last_seen = excluded.last_seen""", online);
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

    private static Object[] row(long nas, Long subscription, String metric, Number value, String unit,
                                String additional, Timestamp at) {
        return new Object[] {Ids.next(), nas, subscription, metric, value, unit, additional, at};
    }
}
