package io.netledger.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Waits for the service_plans projection to hold every plan the bench created. How long
 * that takes after the last command returned says whether projections keep up with the
 * write rate or fall behind it.
 */
final class ProjectionCatchUp {

    private final DataSource dataSource;
    private final long rowsBefore;

    ProjectionCatchUp(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        // A reused NETLEDGER_DATA_DIR may already hold plans.
        this.rowsBefore = rows();
    }

    /**
     * Nanoseconds from {@code since} until {@code expected} new rows were visible, or -1
     * when the timeout passed first.
     */
    long await(long expected, long since, Duration timeout) throws SQLException, InterruptedException {
        long deadline = since + timeout.toNanos();
        while (rows() - rowsBefore < expected) {
            if (System.nanoTime() > deadline) {
                return -1;
            }
            Thread.sleep(20);
        }
        return System.nanoTime() - since;
    }

    long rows() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from service_plans")) {
            count.next();
            return count.getLong(1);
        }
    }
}
