package io.netledger.app.personal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.netledger.api.secret.SecretCipher;
import io.netledger.command.personal.DataKeys;
import io.netledger.command.personal.PersonalFields;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * V24, once per installation (issue #13, docs/adr/0015): what versions before sealing stored in clear is sealed
 * now. Each event's personal fields are sealed in place with its subject's key, created as needed (an event of an
 * earlier shape first takes today's: {@link EarlierShapes}), in the store and in the dead letters; email claims become
 * digests; snapshots, which are only a cache of the events, are dropped; and where events had to be sealed, the
 * audit log made from them is emptied for the running application to replay it. Events, claims and keys are
 * read and written in batches, all in Flyway's transaction: it commits whole or not at all, and a second run
 * (or one on an empty store) finds nothing to do.
 * <p>
 * A bean, which Spring Boot hands to Flyway. It runs on Flyway's own connection, with tools of its own made on it:
 * the application's JdbcTemplate, and so its DataKeys, wait for Flyway and must not be asked for here.
 */
@Component
final class SealEarlierHistory implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(SealEarlierHistory.class);
    /** AuditLogProjection.PROCESSING_GROUP, whose processor's tokens are named after it. */
    static final String AUDIT_PROCESSOR = "audit";

    private final SecretCipher master;
    private final ObjectMapper json;
    private final int batch;

    SealEarlierHistory(SecretCipher master, @Qualifier("defaultAxonObjectMapper") ObjectMapper axonObjectMapper,
            @Value("${netledger.migration.batch-size:500}") int batch) {
        this.master = master;
        // Amounts and rates read back exactly as written: a tree rewritten must not turn 11.00 into 11.0.
        this.json = axonObjectMapper.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        this.batch = batch;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("24");
    }

    @Override
    public String getDescription() {
        return "personal data sealed in earlier history";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        long started = System.nanoTime();
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        DataKeys keys = new DataKeys(jdbc, master, Clock.systemUTC());
        PersonalFields fields = new PersonalFields(keys, json);
        EarlierShapes shapes = new EarlierShapes(jdbc);

        int events = EventTable.STORE.seal(jdbc, json, fields, shapes, batch);
        int deadLetters = EventTable.DEAD_LETTERS.seal(jdbc, json, fields, shapes, batch);
        int claims = new EmailClaimsInClear(jdbc, keys).digest(batch);
        int snapshots = jdbc.update("delete from snapshot_event_entry");
        if (events + deadLetters > 0) {
            // Derived from the events, so it holds what they held in clear. Without a token the processor starts
            // again from its initial one, the beginning of the store, and writes "[personal]" and prints instead.
            jdbc.update("truncate audit_logs, audit_model_state");
            jdbc.update("delete from token_entry where processor_name = ?", AUDIT_PROCESSOR);
        }
        log.info("Personal data of earlier versions sealed: {} events, {} dead letters, {} email claims, {} snapshots"
                + " dropped{} in {} ms", events, deadLetters, claims, snapshots,
                events + deadLetters > 0 ? "; the audit log is rebuilt by replay" : "",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
}
