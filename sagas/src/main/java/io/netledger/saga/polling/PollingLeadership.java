package io.netledger.saga.polling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which node of a cluster polls the routers: the one holding a PostgreSQL session-level advisory lock, on a
 * connection it keeps for as long as it polls. When that node dies, or its connection breaks, PostgreSQL
 * releases the lock and the next node to ask takes it over. One holder at a time, unlike a db-scheduler task
 * whose runs go to whichever node asks first: the poller keeps each router's last counters in memory and
 * must see every poll of a router (ADR 0021).
 */
final class PollingLeadership implements AutoCloseable {

    /** A key of our own among the advisory locks of this database: "NLPOLL" in ASCII. */
    static final long LOCK_KEY = 0x4E4C_504F_4C4CL;
    private static final Logger log = LoggerFactory.getLogger(PollingLeadership.class);

    private final DataSource dataSource;
    private Connection held;

    PollingLeadership(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether this node polls now: keeps the lock it has, or takes it when no other node holds it. */
    synchronized boolean lead() {
        if (held != null && alive(held)) {
            return true;
        }
        release();
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            if (tryLock(connection)) {
                held = connection;
                log.info("This node polls the routers");
                return true;
            }
            connection.close();
        } catch (SQLException e) {
            log.warn("Could not ask for the polling lock: {}", e.getMessage());
        }
        return false;
    }

    @Override
    public synchronized void close() {
        if (held != null) {
            try (PreparedStatement unlock = held.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, LOCK_KEY);
                unlock.execute();
            } catch (SQLException e) {
                // closing the connection below releases it as well
            }
        }
        release();
    }

    private void release() {
        if (held != null) {
            try {
                held.close();
            } catch (SQLException e) {
                // gone already
            }
            held = null;
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet answer = lock.executeQuery()) {
                return answer.next() && answer.getBoolean(1);
            }
        }
    }

    /** A round trip, not {@code isValid}: a pool may answer that from its own bookkeeping. */
    private static boolean alive(Connection connection) {
        try (PreparedStatement ping = connection.prepareStatement("select 1")) {
            ping.setQueryTimeout(5);
            ping.execute();
            return true;
        } catch (SQLException e) {
            log.warn("Lost the polling lock's connection: {}", e.getMessage());
            return false;
        }
    }
}
