package io.netledger.query.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.sql.DataSource;

/**
 * Recomputes the chain from the store's rows and compares it, position by position, to the chain table and
 * to every signed checkpoint on the way. Both tables are read in one snapshot, as two cursors walked side by
 * side. Starting from a checkpoint trusts only that checkpoint's signature, never the chain table. Public
 * for the bench.
 */
public final class ChainVerification {

    /** Progress is reported this often (in events). */
    static final int REPORT_EVERY = 20_000;

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
            return new Walk(previous, after, signed.iterator(), progress).through(links, events, upTo);
        }
    }

    /** One pass over both cursors; stops at the first break. */
    private final class Walk {

        private final ChainHash hash = new ChainHash();
        private final Iterator<Checkpoint> signed;
        private final Progress progress;
        private Checkpoint nextCheckpoint;
        private byte[] previous;
        private long lastTrusted;
        private long checked;
        private int checkpoints;

        Walk(byte[] previous, long from, Iterator<Checkpoint> signed, Progress progress) {
            this.previous = previous;
            this.lastTrusted = from;
            this.signed = signed;
            this.progress = progress;
            this.nextCheckpoint = signed.hasNext() ? signed.next() : null;
        }

        Verdict through(ResultSet links, ResultSet events, long upTo) throws SQLException {
            ChainTables.Link link = links.next() ? ChainTables.link(links) : null;
            StoredEvent event = events.next() ? EventStoreRows.read(events) : null;
            while (link != null || event != null) {
                long position = Math.min(link == null ? Long.MAX_VALUE : link.position(),
                        event == null ? Long.MAX_VALUE : event.position());
                if (nextCheckpoint != null && nextCheckpoint.position() < position) {
                    return broken(Break.CHECKPOINT_MISMATCH, nextCheckpoint.position());
                }
                boolean linked = link != null && link.position() == position;
                boolean stored = event != null && event.position() == position;
                if (!linked || (link.missingPosition() && stored)) {
                    return broken(Break.EVENT_INSERTED, position);
                }
                if (!link.missingPosition()) {
                    if (!stored) {
                        return broken(Break.EVENT_DELETED, position);
                    }
                    byte[] computed = hash.link(previous, event);
                    if (!Arrays.equals(computed, link.hash())) {
                        return broken(Break.of(ChainHash.changedPart(link.parts(), hash.parts(event))), position);
                    }
                    previous = computed;
                    if (++checked % REPORT_EVERY == 0) {
                        progress.checked(checked, checkpoints, position);
                    }
                }
                if (nextCheckpoint != null && nextCheckpoint.position() == position) {
                    Break failed = checkpoint(nextCheckpoint, link);
                    if (failed != null) {
                        return broken(failed, position);
                    }
                }
                link = links.next() ? ChainTables.link(links) : null;
                event = stored ? (events.next() ? EventStoreRows.read(events) : null) : event;
            }
            if (nextCheckpoint != null) {
                return broken(Break.CHECKPOINT_MISMATCH, nextCheckpoint.position());
            }
            progress.checked(checked, checkpoints, upTo);
            return new Verdict(checked, checkpoints, upTo, null, null, lastTrusted);
        }

        private Break checkpoint(Checkpoint checkpoint, ChainTables.Link link) {
            if (!key.verifies(checkpoint)) {
                return Break.CHECKPOINT_FORGED;
            }
            if (link.missingPosition() || !Arrays.equals(previous, checkpoint.hash())) {
                return Break.CHECKPOINT_MISMATCH;
            }
            checkpoints++;
            lastTrusted = checkpoint.position();
            nextCheckpoint = signed.hasNext() ? signed.next() : null;
            return null;
        }

        private Verdict broken(Break how, long position) {
            progress.checked(checked, checkpoints, position);
            return new Verdict(checked, checkpoints, position - 1, how, position, lastTrusted);
        }
    }
}
