package io.netledger.bench;

import io.netledger.api.Ids;
import io.netledger.api.IspCalendar;
import io.netledger.api.customer.RegisterCustomer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * A large event store made fast, for benches that read the store as bytes (the integrity check, the
 * export): {@link #REAL} real events through commands (customers, whose personal fields are sealed, and
 * service plans), then copies of those rows by SQL, each with its own event id, aggregate and position:
 * the same byte sizes as the real ones. No projection can read the copies; stop the processors first.
 */
final class CopiedEvents {

    static final int REAL = 100;
    private static final int FILL_CHUNK = 100_000;

    private CopiedEvents() {
    }

    static void makeReal(CommandGateway commands) throws Exception {
        CreatePlanLoad plans = new CreatePlanLoad(commands);
        for (int n = 0; n < REAL; n++) {
            if (n % 5 == 0) {
                plans.createPlan().run();
            } else {
                commands.sendAndWait(new RegisterCustomer(Ids.next(), null, IndonesianNames.customer(n),
                        IspCalendar.wib().today()));
            }
        }
    }

    /** Copies of the rows in the store, round robin, in chunks of one statement each; answers the store's size. */
    static long fill(DataSource dataSource, int count) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    create temporary table bench_templates as
                    select row_number() over (order by global_index) - 1 as n, type, time_stamp, payload_type,
                           payload_revision, payload, meta_data
                    from domain_event_entry""");
            long templates = single(statement, "select count(*) from bench_templates");
            for (int from = 0; from < count; from += FILL_CHUNK) {
                statement.execute("""
                        insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        select gen_random_uuid()::text, gen_random_uuid()::text, 0, t.type, t.time_stamp,
                               t.payload_type, t.payload_revision, t.payload, t.meta_data
                        from generate_series(%d, %d) g join bench_templates t on t.n = g %% %d
                        order by g""".formatted(from, Math.min(count, from + FILL_CHUNK) - 1, templates));
            }
            statement.execute("analyze domain_event_entry");
            return single(statement, "select count(*) from domain_event_entry");
        }
    }

    /** The events in the store: the commands', and those the sagas and settings made around them. */
    static long count(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return single(statement, "select count(*) from domain_event_entry");
        }
    }

    static long single(Statement statement, String sql) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
