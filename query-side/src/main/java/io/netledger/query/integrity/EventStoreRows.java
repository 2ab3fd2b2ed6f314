package io.netledger.query.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.postgresql.PGStatement;

/** Raw rows of {@code domain_event_entry} in position order, over JDBC: no Axon, no deserialization. */
final class EventStoreRows {

    /** Rows travel from the server in chunks this big instead of all at once. */
    static final int FETCH_SIZE = 2_000;

    private EventStoreRows() {
    }

    /** Positions in ({@code after}, {@code upTo}], at most {@code limit} of them; the connection must not autocommit. */
    static PreparedStatement between(Connection connection, long after, long upTo, int limit) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("""
                select global_index, event_identifier, aggregate_identifier, type, sequence_number, payload_type,
                       payload_revision, time_stamp, payload, meta_data
                from domain_event_entry where global_index > ? and global_index <= ?
                order by global_index limit ?""");
        inBinary(statement);
        statement.setLong(1, after);
        statement.setLong(2, upTo);
        statement.setInt(3, limit);
        return statement;
    }

    /**
     * Streamed in chunks, and bytea in binary from the first execution: as text, the driver would decode
     * hex, twice the bytes, for every payload (the check's main cost after reading them, bench/README.md).
     */
    static void inBinary(PreparedStatement statement) throws SQLException {
        statement.setFetchSize(FETCH_SIZE);
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
        }
    }

    static StoredEvent read(ResultSet row) throws SQLException {
        return new StoredEvent(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getLong(5),
                row.getString(6), row.getString(7), row.getString(8), row.getBytes(9), row.getBytes(10));
    }

    static long head(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select coalesce(max(global_index), 0) from domain_event_entry");
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
