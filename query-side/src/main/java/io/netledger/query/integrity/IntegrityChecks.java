package io.netledger.query.integrity;

import io.netledger.api.Ids;
import io.netledger.api.NotFound;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Integrity checks run one after another on a thread of their own, each kept as a row of
 * {@code integrity_checks} that it updates as it goes, so that any request reads its progress. The app's
 * daily schedule, its health indicator and gauge use this too.
 */
public class IntegrityChecks implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IntegrityChecks.class);
    /** Progress reaches the table at most this often. */
    private static final Duration PROGRESS_EVERY = Duration.ofMillis(500);
    private static final String COLUMNS = """
            id, from_position, started_at, finished_at, events_checked, events_per_second, checkpoints_verified,
            checked_up_to, outcome, first_broken_position, how, last_trusted_position, requested_by""";

    private final JdbcTemplate jdbc;
    private final ChainVerification verification;
    private final Clock clock;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "integrity-check");
        thread.setDaemon(true);
        return thread;
    });

    IntegrityChecks(DataSource dataSource, ChainSigningKey key, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.verification = new ChainVerification(dataSource, key);
        this.clock = clock;
    }

    /** Starts a check from the genesis or from the signed checkpoint at {@code fromCheckpoint}; answers its id. */
    public long start(Long fromCheckpoint, String requestedBy) {
        if (fromCheckpoint != null && jdbc.queryForObject(
                "select count(*) from event_chain_checkpoints where global_index = ?", Long.class, fromCheckpoint) == 0) {
            throw new NotFound("no signed checkpoint at position " + fromCheckpoint);
        }
        long id = Ids.next();
        jdbc.update("""
                insert into integrity_checks (id, from_position, started_at, requested_by)
                values (?, ?, ?, ?)""", id, fromCheckpoint == null ? 0 : fromCheckpoint,
                Timestamp.from(clock.instant()), requestedBy);
        runner.execute(() -> run(id, fromCheckpoint));
        return id;
    }

    IntegrityCheck find(long id) {
        return jdbc.query("select " + COLUMNS + " from integrity_checks where id = ?", ROW, id).stream().findFirst()
                .orElseThrow(() -> new NotFound("integrity check " + id + " does not exist"));
    }

    List<IntegrityCheck> latest(int limit) {
        return jdbc.query("select " + COLUMNS + " from integrity_checks order by started_at desc, id desc limit ?",
                ROW, limit);
    }

    /** The verdict of the last finished check, if one has finished. */
    public Optional<Verdict> lastVerdict() {
        return jdbc.query("""
                select events_checked, checkpoints_verified, checked_up_to, how, first_broken_position,
                       last_trusted_position
                from integrity_checks where outcome in ('intact', 'broken') order by finished_at desc, id desc limit 1""",
                (row, n) -> new Verdict(row.getLong(1), row.getInt(2), row.getLong(3),
                        row.getString(4) == null ? null : Break.valueOf(row.getString(4).toUpperCase()),
                        (Long) row.getObject(5), row.getLong(6))).stream().findFirst();
    }

    /** Positions the store holds that the chain does not cover yet. */
    public long chainLag() {
        return jdbc.queryForObject("""
                select coalesce((select max(global_index) from domain_event_entry), 0)
                     - coalesce((select max(global_index) from event_chain), 0)""", Long.class);
    }

    private void run(long id, Long fromCheckpoint) {
        Instant started = clock.instant();
        Instant[] reported = {started};
        try {
            Verdict verdict = verification.verify(fromCheckpoint, (events, checkpoints, position) -> {
                Instant now = clock.instant();
                if (Duration.between(reported[0], now).compareTo(PROGRESS_EVERY) >= 0) {
                    reported[0] = now;
                    jdbc.update("""
                            update integrity_checks set events_checked = ?, events_per_second = ?,
                                checkpoints_verified = ?, checked_up_to = ? where id = ?""",
                            events, perSecond(events, started, now), checkpoints, position, id);
                }
            });
            Instant finished = clock.instant();
            jdbc.update("""
                    update integrity_checks set finished_at = ?, events_checked = ?, events_per_second = ?,
                        checkpoints_verified = ?, checked_up_to = ?, outcome = ?, first_broken_position = ?, how = ?,
                        last_trusted_position = ?
                    where id = ?""", Timestamp.from(finished), verdict.eventsChecked(),
                    perSecond(verdict.eventsChecked(), started, finished), verdict.checkpointsVerified(),
                    verdict.checkedUpTo(), verdict.intact() ? "intact" : "broken", verdict.brokenAt(),
                    verdict.intact() ? null : verdict.broken().wireName(), verdict.lastTrusted(), id);
            if (!verdict.intact()) {
                log.error("The event chain is broken at position {}: {} (last signed position trusted: {})",
                        verdict.brokenAt(), verdict.broken().wireName(), verdict.lastTrusted());
            }
        } catch (SQLException | RuntimeException e) {
            log.error("Integrity check {} could not finish", id, e);
            jdbc.update("update integrity_checks set finished_at = ?, outcome = 'failed' where id = ?",
                    Timestamp.from(clock.instant()), id);
        }
    }

    private static long perSecond(long events, Instant from, Instant to) {
        long micros = Math.max(1, Duration.between(from, to).toNanos() / 1_000);
        return events * 1_000_000 / micros;
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }

    private static final RowMapper<IntegrityCheck> ROW = (row, n) -> {
        Timestamp finishedAt = row.getTimestamp("finished_at");
        long from = row.getLong("from_position");
        return new IntegrityCheck(Long.toString(row.getLong("id")), from == 0 ? null : from,
                row.getTimestamp("started_at").toInstant().atOffset(ZoneOffset.UTC),
                finishedAt == null ? null : finishedAt.toInstant().atOffset(ZoneOffset.UTC), finishedAt != null,
                row.getLong("events_checked"), row.getLong("events_per_second"), row.getInt("checkpoints_verified"),
                (Long) row.getObject("checked_up_to"), row.getString("outcome"),
                (Long) row.getObject("first_broken_position"), row.getString("how"),
                (Long) row.getObject("last_trusted_position"), row.getString("requested_by"));
    };
}
