package io.netledger.query.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Recomputes the chain from the store's rows and compares it, position by position, to the chain table and
 * to every signed checkpoint on the way. Both tables are read in one snapshot, as two cursors walked side by
 * side. Starting from a checkpoint trusts only that checkpoint's signature, never the chain table. Public
 * for the bench.
 */
public final class ChainVerification {

    /** Told how far a verification got while it runs. */
    public interface Progress {
        void checked(long events, int checkpoints, long position);
    }

    private final DataSource dataSource;
    private final ChainSigningKey key;

    public ChainVerification(DataSource dataSource, ChainSigningKey key) {
        this.dataSource = dataSource;
        this.key = key;
    }

    /** From the genesis ({@code fromCheckpoint} null) or from the signed checkpoint at that position. */
    public Verdict verify(Long fromCheckpoint, Progress progress) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                return verify(connection, fromCheckpoint, progress);
            } finally {
                connection.rollback();
            }
        }
    }

    private Verdict verify(Connection connection, Long fromCheckpoint, Progress progress) throws SQLException {
        long after = 0;
        byte[] previous = ChainHash.GENESIS;
        if (fromCheckpoint != null) {
            Checkpoint start = ChainTables.checkpointAt(connection, fromCheckpoint);
            if (start == null) {
                throw new IllegalArgumentException("no checkpoint at position " + fromCheckpoint);
            }
            if (!key.verifies(start)) {
                return new Verdict(0, 0, start.position(), Break.CHECKPOINT_FORGED, start.position(), 0);
            }
            after = start.position();
            previous = start.hash();
        }
        long upTo = ChainTables.head(connection).position();
        List<Checkpoint> signed = ChainTables.checkpoints(connection, after, upTo, Integer.MAX_VALUE);
        try (PreparedStatement linkQuery = ChainTables.links(connection, after, upTo);
                PreparedStatement eventQuery = EventStoreRows.between(connection, after, upTo, Integer.MAX_VALUE);
                ResultSet links = linkQuery.executeQuery(); ResultSet events = eventQuery.executeQuery()) {
            ChainWalk.Rows<ChainWalk.Step> merged = ChainWalk.merged(
                    () -> links.next() ? ChainTables.link(links) : null,
                    () -> events.next() ? EventStoreRows.read(events) : null);
            return new ChainWalk(key, previous, after, signed, progress).through(merged, upTo);
        }
    }
}
