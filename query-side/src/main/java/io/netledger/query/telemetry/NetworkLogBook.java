package io.netledger.query.telemetry;

import io.netledger.api.IspCalendar;
import io.netledger.api.telemetry.RouterLogBook;
import io.netledger.api.telemetry.RouterLogCursor;
import io.netledger.api.telemetry.RouterLogLine;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code network_logs} of each NAS's router log and the cursor of that log ({@code router_log_cursors}),
 * moved together in one transaction and only from the cursor the reader started with (ADR 0023).
 */
@Component
class NetworkLogBook implements RouterLogBook {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final NetworkLogWriter writer;
    private final IspCalendar calendar;

    NetworkLogBook(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, IspCalendar calendar) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.writer = new NetworkLogWriter(jdbc, calendar.zone());
        this.calendar = calendar;
    }

    @Override
    public Optional<RouterLogCursor> cursor(long nasServerId) {
        return jdbc.query("select last_id, last_print, booted_at from router_log_cursors where nas_server_id = ?",
                (row, n) -> new RouterLogCursor(row.getString(1), row.getString(2), instant(row.getTimestamp(3))),
                nasServerId).stream().findFirst();
    }

    @Override
    public Map<Long, Instant> lastReads() {
        Map<Long, Instant> reads = new HashMap<>();
        jdbc.query("select nas_server_id, read_at from router_log_cursors",
                row -> {
                    reads.put(row.getLong(1), row.getTimestamp(2).toInstant());
                });
        return reads;
    }

    @Override
    public boolean append(long nasServerId, Optional<RouterLogCursor> from, RouterLogCursor to,
                          List<RouterLogLine> lines) {
        Instant now = calendar.now();
        Boolean appended = transactions.execute(status -> {
            if (!moved(nasServerId, from, to, lines.size(), now)) {
                return false;
            }
            writer.write(nasServerId, lines, now);
            return true;
        });
        return Boolean.TRUE.equals(appended);
    }

    private boolean moved(long nasServerId, Optional<RouterLogCursor> from, RouterLogCursor to, int lines, Instant now) {
        Object booted = to.bootedAt() == null ? null : to.bootedAt().atOffset(ZoneOffset.UTC);
        if (from.isEmpty()) {
            return jdbc.update("""
                    insert into router_log_cursors (nas_server_id, last_id, last_print, booted_at, lines_read, read_at)
                    values (?, ?, ?, ?::timestamptz, ?, ?) on conflict (nas_server_id) do nothing""",
                    nasServerId, to.lastId(), to.lastPrint(), booted, lines, now.atOffset(ZoneOffset.UTC)) == 1;
        }
        RouterLogCursor was = from.get();
        return jdbc.update("""
                update router_log_cursors
                set last_id = ?, last_print = ?, booted_at = ?::timestamptz, lines_read = lines_read + ?, read_at = ?
                where nas_server_id = ? and last_id = ? and last_print = ?
                  and booted_at is not distinct from ?::timestamptz""",
                to.lastId(), to.lastPrint(), booted, lines, now.atOffset(ZoneOffset.UTC), nasServerId,
                was.lastId(), was.lastPrint(), was.bootedAt() == null ? null : was.bootedAt().atOffset(ZoneOffset.UTC)) == 1;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
