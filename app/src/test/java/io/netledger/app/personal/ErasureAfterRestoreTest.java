package io.netledger.app.personal;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.NetLedgerApplication;
import io.netledger.api.Ids;
import io.netledger.api.customer.CustomerDetails;
import io.netledger.api.customer.EraseCustomer;
import io.netledger.api.customer.RegisterCustomer;
import io.netledger.api.customer.TerminateCustomer;
import io.netledger.app.Processors;
import io.netledger.app.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An erasure outlives a rebuild of every read model and a restore of a backup taken before it: the ledger outside
 * the database applies it again at the next start.
 */
class ErasureAfterRestoreTest {

    private static final String NAME = "Dewi Lestari " + Ids.next();
    private static final String EMAIL = "dewi." + Ids.next() + "@mail.id";
    private static final String NOTES = "tiang listrik nomor " + Ids.next();

    @TempDir
    Path dataDir;

    @Test
    void aRebuildShowsTheErasureAndARestoredBackupIsErasedAgainAtStart() {
        String url = TestDatabase.createDatabase();
        long customer = Ids.next();
        try (ConfigurableApplicationContext app = start(url)) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            commands.sendAndWait(new RegisterCustomer(customer, null, new CustomerDetails(NAME, EMAIL,
                    "0812-7000-1234", "Jl. Dahlia 9", "Depok", "Jawa Barat", "16411", NOTES, Map.of()),
                    LocalDate.of(2026, 11, 2)));
            commands.sendAndWait(new TerminateCustomer(customer, null, "pindah kota"));
            awaitCaughtUp(app);
        }
        String backup = TestDatabase.copyOf(url);

        try (ConfigurableApplicationContext app = start(url)) {
            app.getBean(CommandGateway.class).sendAndWait(new EraseCustomer(customer, "permintaan pelanggan"));
            awaitCaughtUp(app);
            assertNoTrace(app);
            rebuildEveryReadModel(app);
            assertNoTrace(app);
            assertThat(database(app).queryForObject("select name from customers where id = ?", String.class,
                    customer)).as("a rebuild reads the erasure as the erasure left it").isEqualTo("[erased]");
        }

        try (ConfigurableApplicationContext restored = start(backup)) {
            JdbcTemplate db = database(restored);
            assertThat(db.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                    + " and payload_type like '%CustomerErased'", Integer.class, String.valueOf(customer)))
                    .as("the erasure recorded again in the restored history").isEqualTo(1);
            assertThat(db.queryForObject("select reason from erased_subjects where subject_id = ?", String.class,
                    customer)).isEqualTo("permintaan pelanggan");
            awaitCaughtUp(restored);
            assertNoTrace(restored);
        }
        try (ConfigurableApplicationContext again = start(backup)) {
            assertThat(database(again).queryForObject("select count(*) from domain_event_entry where"
                    + " payload_type like '%CustomerErased'", Integer.class)).as("re-applied once, not at every start")
                    .isEqualTo(1);
        }
    }

    private void assertNoTrace(ConfigurableApplicationContext app) {
        JdbcTemplate db = database(app);
        List<String> tables = db.queryForList("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE'""", String.class);
        for (String value : List.of(NAME, EMAIL, NOTES, "Jl. Dahlia 9", "+6281270001234")) {
            assertThat(db.queryForObject("select count(*) from personal_data_keys where subject_kind = 'customer'",
                    Integer.class)).as("his key is gone").isZero();
            for (String table : tables) {
                assertThat(db.queryForObject("select count(*) from " + table + " t where t::text like ?",
                        Long.class, "%" + value + "%")).as("%s holds no %s", table, value).isZero();
            }
        }
    }

    private static void rebuildEveryReadModel(ConfigurableApplicationContext app) {
        EventProcessingConfiguration processing = app.getBean(EventProcessingConfiguration.class);
        List<StreamingEventProcessor> processors = Processors.resetAll(processing);
        assertThat(database(app).queryForObject("select count(*) from customers", Integer.class)).isZero();
        processors.forEach(StreamingEventProcessor::start);
        awaitCaughtUp(app);
    }

    private static void awaitCaughtUp(ConfigurableApplicationContext app) {
        Processors.awaitCaughtUp(app.getBean(EventProcessingConfiguration.class), database(app));
    }

    private static JdbcTemplate database(ConfigurableApplicationContext app) {
        return app.getBean(JdbcTemplate.class);
    }

    private ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(NetLedgerApplication.class).web(WebApplicationType.NONE).run(
                "--netledger.db.url=" + url,
                "--netledger.db.user=" + TestDatabase.user(),
                "--netledger.db.password=" + TestDatabase.password(),
                "--netledger.db.pool-size=8",
                "--netledger.data-dir=" + dataDir,
                "--netledger.admin.password=restore-admin-pw",
                "--netledger.routers.provisioning=manual");
    }
}
