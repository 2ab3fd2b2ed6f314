package io.netledger.query.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Extends the chain over what the store committed since the last round, in position order, outside the
 * command path. A round is one transaction holding an advisory lock, so one node of a cluster chains at a
 * time. It stops before a missing position until the gap is final (see {@link ChainSettings#gapWindow()}),
 * then records the position as held by no event. Public for the bench, which chains a filled store.
 */
public final class EventChainer {

    /** pg_advisory_xact_lock's key: "chain" in ASCII. */
    private static final long LOCK = 0x636861696eL;

    private final DataSource dataSource;
    private final ChainSigningKey key;
    private final ChainSettings settings;
    private final Clock clock;
    private final ChainHash hash = new ChainHash();

    public EventChainer(DataSource dataSource, ChainSigningKey key, ChainSettings settings, Clock clock) {
        this.dataSource = dataSource;
        this.key = key;
        this.settings = settings;
        this.clock = clock;
    }

    /** One round; answers how many positions it chained (none when another node holds the lock). */
    public synchronized int round() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int chained = locked(connection) ? chain(connection) : 0;
                connection.commit();
                return chained;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private int chain(Connection connection) throws SQLException {
        ChainTables.Head head = ChainTables.head(connection);
        List<ChainTables.Link> links = new ArrayList<>();
        long expected = head.position() + 1;
        byte[] previous = head.hash();
        long lastLinked = head.linked();
        try (PreparedStatement rows = EventStoreRows.between(connection, head.position(), Long.MAX_VALUE,
                settings.batch()); ResultSet row = rows.executeQuery()) {
            while (row.next()) {
                StoredEvent event = EventStoreRows.read(row);
                if (event.position() > expected) {
                    if (!finalGap(event)) {
                        break;
                    }
                    for (long missing = expected; missing < event.position(); missing++) {
                        links.add(new ChainTables.Link(missing, null, null));
                    }
                }
                previous = hash.link(previous, event);
                links.add(new ChainTables.Link(event.position(), previous, hash.parts(event)));
                expected = event.position() + 1;
                lastLinked = event.position();
            }
        }
        ChainTables.append(connection, links);
        if (lastLinked > 0) {
            // Also after a round that chained nothing: the time may have come to sign what the last one did.
            checkpointIfDue(connection, lastLinked, previous);
        }
        return links.size();
    }

    private void checkpointIfDue(Connection connection, long position, byte[] linkHash) throws SQLException {
        Checkpoint last = ChainTables.lastCheckpoint(connection);
        Instant now = clock.instant();
        if (last != null && last.position() >= position) {
            return;
        }
        boolean due = last == null
                || position - last.position() >= settings.checkpointEvents()
                || !signedAt(last).plus(settings.checkpointEvery()).isAfter(now);
        if (due) {
            String signedAt = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    OffsetDateTime.ofInstant(now.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC));
            Checkpoint unsigned = new Checkpoint(position, linkHash, signedAt, new byte[0], key.keyId());
            ChainTables.sign(connection, new Checkpoint(position, linkHash, signedAt, key.sign(unsigned.message()),
                    key.keyId()));
        }
    }

    /** A stamp that cannot be read (a checkpoint row tampered with) makes the next checkpoint due, not the chain stop. */
    private static Instant signedAt(Checkpoint checkpoint) {
        try {
            return OffsetDateTime.parse(checkpoint.signedAt()).toInstant();
        } catch (DateTimeParseException unreadable) {
            return Instant.MIN;
        }
    }

    /**
     * A transaction that took the missing position has been open since before the event after it was
     * stamped; once that is longer ago than the window, it rolled back. A stamp that cannot be read says
     * nothing about the gap's transaction, so it does not hold the chain back.
     */
    private boolean finalGap(StoredEvent after) {
        try {
            return Instant.parse(after.timestamp()).plus(settings.gapWindow()).isBefore(clock.instant());
        } catch (DateTimeParseException unreadable) {
            return true;
        }
    }

    private static boolean locked(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
