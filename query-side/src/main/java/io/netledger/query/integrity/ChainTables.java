package io.netledger.query.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The tables {@code event_chain} and {@code event_chain_checkpoints} (V26), appended to and read over JDBC. */
final class ChainTables {

    private ChainTables() {
    }

    /**
     * The last position the chain covers, and the last link: its position (0 before the first) and hash
     * (genesis before the first). They differ when the chain ends with positions held by no event.
     */
    record Head(long position, long linked, byte[] hash) {
    }

    /** A position as the chain recorded it: its link and prints, or neither when no event held it. */
    record Link(long position, byte[] hash, byte[] parts) {

        boolean missingPosition() {
            return hash == null;
        }
    }

    static Head head(Connection connection) throws SQLException {
        long position = single(connection, "select coalesce(max(global_index), 0) from event_chain");
        try (PreparedStatement statement = connection.prepareStatement(
                "select global_index, hash from event_chain where hash is not null order by global_index desc limit 1");
                ResultSet result = statement.executeQuery()) {
            return result.next() ? new Head(position, result.getLong(1), result.getBytes(2))
                    : new Head(position, 0, ChainHash.GENESIS);
        }
    }

    static void append(Connection connection, List<Link> links) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into event_chain (global_index, hash, parts) values (?, ?, ?)")) {
            for (Link link : links) {
                insert.setLong(1, link.position());
                insert.setBytes(2, link.hash());
                insert.setBytes(3, link.parts());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Links in ({@code after}, {@code upTo}], in position order; the connection must not autocommit. */
    static PreparedStatement links(Connection connection, long after, long upTo) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("""
                select global_index, hash, parts from event_chain where global_index > ? and global_index <= ?
                order by global_index""");
        EventStoreRows.inBinary(statement);
        statement.setLong(1, after);
        statement.setLong(2, upTo);
        return statement;
    }

    static Link link(ResultSet row) throws SQLException {
        return new Link(row.getLong(1), row.getBytes(2), row.getBytes(3));
    }

    static void sign(Connection connection, Checkpoint checkpoint) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into event_chain_checkpoints (global_index, hash, signed_at, signature, key_id)
                values (?, ?, ?, ?, ?)""")) {
            insert.setLong(1, checkpoint.position());
            insert.setBytes(2, checkpoint.hash());
            insert.setString(3, checkpoint.signedAt());
            insert.setBytes(4, checkpoint.signature());
            insert.setString(5, checkpoint.keyId());
            insert.executeUpdate();
        }
    }

    static Checkpoint lastCheckpoint(Connection connection) throws SQLException {
        List<Checkpoint> last = checkpoints(connection,
                "select * from event_chain_checkpoints order by global_index desc limit 1");
        return last.isEmpty() ? null : last.get(0);
    }

    static Checkpoint checkpointAt(Connection connection, long position) throws SQLException {
        List<Checkpoint> found = checkpoints(connection,
                "select * from event_chain_checkpoints where global_index = ?", position);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Checkpoints at positions in ({@code after}, {@code upTo}], in position order, at most {@code limit}. */
    static List<Checkpoint> checkpoints(Connection connection, long after, long upTo, int limit) throws SQLException {
        return checkpoints(connection, """
                select * from event_chain_checkpoints where global_index > ? and global_index <= ?
                order by global_index limit ?""", after, upTo, limit);
    }

    private static List<Checkpoint> checkpoints(Connection connection, String sql, Object... arguments)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                query.setObject(i + 1, arguments[i]);
            }
            List<Checkpoint> found = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    found.add(new Checkpoint(row.getLong("global_index"), row.getBytes("hash"),
                            row.getString("signed_at"), row.getBytes("signature"), row.getString("key_id")));
                }
            }
            return found;
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
