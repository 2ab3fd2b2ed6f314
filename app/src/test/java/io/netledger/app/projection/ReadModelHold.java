package io.netledger.app.projection;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Holds a projection's writes to some rows of a table for as long as the test wants, so that a rebuild
 * stays half done long enough to be watched: a trigger makes the writing transaction wait for an advisory
 * lock that this test's own connection holds. Closing it lets the rebuild go on. Nothing in the
 * application knows about it.
 */
final class ReadModelHold implements AutoCloseable {

    private final JdbcTemplate jdbc;
    private final Connection holder;
    private final String name;
    private final String table;
    private final long key;

    private ReadModelHold(JdbcTemplate jdbc, Connection holder, String name, String table, long key) {
        this.jdbc = jdbc;
        this.holder = holder;
        this.name = name;
        this.table = table;
        this.key = key;
    }

    /** {@code condition} is SQL over {@code new}, e.g. {@code new.name = 'x'}. */
    static ReadModelHold on(DataSource dataSource, String table, String condition) throws SQLException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long key = System.nanoTime();
        String name = "test_hold_" + table + "_" + Long.toHexString(key);
        Connection holder = dataSource.getConnection();
        try (Statement statement = holder.createStatement()) {
            statement.execute("select pg_advisory_lock(" + key + ")");
        }
        jdbc.execute("""
                create function %1$s() returns trigger language plpgsql as $$
                begin
                    if %2$s then
                        perform pg_advisory_xact_lock_shared(%3$d);
                    end if;
                    return new;
                end $$""".formatted(name, condition, key));
        jdbc.execute("create trigger %1$s before insert or update on %2$s for each row execute function %1$s()"
                .formatted(name, table));
        return new ReadModelHold(jdbc, holder, name, table, key);
    }

    /** Lets the held writes go on; the trigger stays until {@link #close()}. */
    void release() throws SQLException {
        if (!holder.isClosed()) {
            try (Statement statement = holder.createStatement()) {
                statement.execute("select pg_advisory_unlock(" + key + ")");
            }
            holder.close();
        }
    }

    @Override
    public void close() throws SQLException {
        release();
        jdbc.execute("drop trigger if exists %s on %s".formatted(name, table));
        jdbc.execute("drop function if exists %s()".formatted(name));
    }
}
