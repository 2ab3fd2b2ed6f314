package io.netledger.app.web;

import io.netledger.api.Causes;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.Map;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A failure because PostgreSQL cannot be reached (restarting, failing over, out of
 * connections): the client is told 503 and when to retry, not 500. Whether a command committed
 * before the connection broke cannot be known here, so its problem says so; a retry with the
 * same Idempotency-Key answers the original result.
 */
final class DatabaseOutage {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final String HIKARI_CLOSED = "Connection is closed";
    static final String DETAIL = "the database is not reachable at the moment; retry in a few seconds";

    private DatabaseOutage() {
    }

    /** Looks at the suppressed exceptions too: a failed rollback may hide the query's broken connection. */
    static boolean causedBy(Throwable e) {
        return Causes.chain(e).anyMatch(t -> isConnectionFailure(t)
                || Arrays.stream(t.getSuppressed()).anyMatch(DatabaseOutage::causedBy));
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException || t instanceof ConnectException
                || t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException) {
            return true;
        }
        if (!(t instanceof SQLException sql)) {
            return false;
        }
        // Hikari's answer for a connection it closed as broken, which carries no SQLState.
        if (sql.getSQLState() == null) {
            return HIKARI_CLOSED.equals(sql.getMessage());
        }
        // 08: connection exception; 57P01-57P03: the server is shutting down or starting up.
        return sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[1-3]");
    }

    /** The problem's members beyond the status: a command's commit outcome is unknown. */
    static Map<String, String> members(String method) {
        return isCommand(method) ? Map.of("outcome", "unknown") : Map.of();
    }

    private static boolean isCommand(String method) {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }
}
