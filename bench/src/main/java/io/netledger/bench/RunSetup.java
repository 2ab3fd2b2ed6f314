package io.netledger.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.context.ApplicationContext;

/**
 * The facts a reader needs to compare two reports: which database and how it commits,
 * the pool, the JVM and CPUs, Axon's command bus and storage, and the real event size.
 */
final class RunSetup {

    private RunSetup() {
    }

    static List<String> describe(ApplicationContext context, BenchDatabase database, DataDirectory dataDirectory)
            throws SQLException {
        DataSource dataSource = context.getBean(DataSource.class);
        List<String> lines = new ArrayList<>();
        lines.add("database:   " + database.describe());
        lines.add("data dir:   " + dataDirectory.describe());
        lines.add("server:     PostgreSQL " + query(dataSource, "select current_setting('server_version')")
                + ", synchronous_commit=" + query(dataSource, "select current_setting('synchronous_commit')")
                + ", fsync=" + query(dataSource, "select current_setting('fsync')"));
        lines.add("pool:       " + pool(dataSource));
        lines.add("jvm:        " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", " + Runtime.getRuntime().availableProcessors() + " CPUs, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        lines.add("axon:       " + simpleName(context.getBeanProvider(CommandBus.class).getIfAvailable()) + ", "
                + simpleName(context.getBeanProvider(EventStorageEngine.class).getIfAvailable()));
        lines.add("event size: ServicePlanCreated payload+metadata avg " + query(dataSource, """
                select coalesce(round(avg(octet_length(payload) + coalesce(octet_length(meta_data), 0))), 0)
                from domain_event_entry where payload_type = 'io.netledger.api.plan.ServicePlanCreated'""")
                + " bytes; raw insert payload " + RawInsertBaseline.PAYLOAD_BYTES + " bytes");
        return lines;
    }

    private static String pool(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari) {
            return "HikariCP '" + hikari.getPoolName() + "', maximum " + hikari.getMaximumPoolSize()
                    + " connections (netledger.db.pool-size / NETLEDGER_DB_POOL_SIZE)";
        }
        return dataSource.getClass().getName();
    }

    private static String simpleName(Object bean) {
        return bean == null ? "?" : bean.getClass().getSimpleName();
    }

    private static String query(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
