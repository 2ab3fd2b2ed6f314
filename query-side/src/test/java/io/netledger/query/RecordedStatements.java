package io.netledger.query;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Hibernate's statement inspector in the projection tests: hands a test the SQL that a piece of
 * its own thread's work had Hibernate send, so the test can EXPLAIN exactly that SQL rather than
 * a copy of it. Records nothing outside {@link #during}.
 */
public final class RecordedStatements implements StatementInspector {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        List<String> recording = RECORDING.get();
        if (recording != null) {
            recording.add(sql);
        }
        return sql;
    }

    /** Runs {@code work} and answers the statements Hibernate prepared for it, in order. */
    public static List<String> during(Runnable work) {
        List<String> recorded = new ArrayList<>();
        RECORDING.set(recorded);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return recorded;
    }
}
