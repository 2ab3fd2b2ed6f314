package io.netledger.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The yardstick: one single-row INSERT per transaction (autocommit) through the app's own
 * pool, so it pays for what a command cannot avoid - a pool checkout, a round trip and a
 * commit (a WAL flush unless synchronous_commit is off) - and nothing of Axon.
 */
final class RawInsertBaseline implements AutoCloseable {

    /** About the size of a serialized ServicePlanCreated plus its metadata. */
    static final int PAYLOAD_BYTES = 400;

    private static final String TABLE = "bench_raw_insert";

    private final DataSource dataSource;
    private final AtomicLong ids = new AtomicLong();

    RawInsertBaseline(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        execute("create table if not exists " + TABLE
                + " (id bigint primary key, name varchar(255), payload bytea, created_at timestamptz)");
        // A table left by an interrupted run would collide with the ids counted from 0.
        execute("truncate " + TABLE);
    }

    Operation insert() {
        return () -> {
            long id = ids.incrementAndGet();
            byte[] payload = new byte[PAYLOAD_BYTES];
            ThreadLocalRandom.current().nextBytes(payload);
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement insert = connection.prepareStatement(
                            "insert into " + TABLE + " (id, name, payload, created_at) values (?, ?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, "Bench plan " + id);
                insert.setBytes(3, payload);
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
        };
    }

    @Override
    public void close() throws SQLException {
        execute("drop table if exists " + TABLE);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
