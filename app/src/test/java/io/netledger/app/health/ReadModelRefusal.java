package io.netledger.app.health;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A read-model table that refuses some rows for as long as the test wants: a trigger raises for rows
 * whose {@code condition} holds, as a constraint the command side does not know would. Closing it
 * mends the cause.
 */
final class ReadModelRefusal implements AutoCloseable {

    private final JdbcTemplate jdbc;
    private final String name;
    private final String table;

    private ReadModelRefusal(JdbcTemplate jdbc, String name, String table) {
        this.jdbc = jdbc;
        this.name = name;
        this.table = table;
    }

    /** {@code condition} is SQL over {@code new}, e.g. {@code new.name = 'x'}. */
    static ReadModelRefusal on(JdbcTemplate jdbc, String table, String condition) {
        String name = "test_refuse_" + table + "_" + Long.toHexString(System.nanoTime());
        jdbc.execute("""
                create function %1$s() returns trigger language plpgsql as $$
                begin
                    if %2$s then
                        raise exception 'the read model refuses this row of %3$s';
                    end if;
                    return new;
                end $$""".formatted(name, condition, table));
        jdbc.execute("create trigger %1$s before insert or update on %2$s for each row execute function %1$s()"
                .formatted(name, table));
        return new ReadModelRefusal(jdbc, name, table);
    }

    @Override
    public void close() {
        jdbc.execute("drop trigger if exists %s on %s".formatted(name, table));
        jdbc.execute("drop function if exists %s()".formatted(name));
    }
}
