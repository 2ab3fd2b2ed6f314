package io.netledger.app.personal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netledger.api.secret.SecretCipher;
import io.netledger.app.Api;
import io.netledger.app.Api.Reply;
import io.netledger.app.TestDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * An installation made by the version before sealing (personal/store-before-sealing.sql, made with 766363f) is
 * started on the current one: V24 seals what it stored in clear, and its customers, logins and claims go on as
 * before. Batches of four, so that the 23 events of the fixture take several.
 */
@SpringBootTest(classes = io.netledger.NetLedgerApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"netledger.routers.provisioning=manual", "netledger.migration.batch-size=4"})
class SealEarlierHistoryTest {

    /** The fixture's master key: what it sealed (router and PPPoE passwords) must still open. */
    private static final String MASTER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final String WULANDARI = "917522867688829196";
    private static final String BAMBANG = "917522867885963188";
    private static final String WULANDARI_LOGIN = "917522872650693188";
    private static final String NETWORK = "917522886957465158";
    private static final String INVOICE = "917522891587974141";
    private static final int EARLIER_EVENTS = 23;
    /** Every personal value the fixture holds, as it stored them (phones normalised). */
    private static final List<String> PERSONAL = List.of("Wulandari Kusumawati", "wulan.kusuma@contoh.id",
            "6281322334455", "Jl. Kenanga Blok C7", "tiang dekat warung Bu Imas", "ODP-CMH-07", "Pak Dedi Suherman",
            "Bambang Priyatmoko", "bambang.priyatmoko@contoh.id", "bambang.santoso@contoh.id", "6285799887766",
            "Gg. Melati No. 12", "Jl. Cempaka Putih 3", "pagar hijau", "wulan.portal@contoh.id", "1991-04-23",
            "suka berkebun anggrek", "Rudi Hartono", "rudi.hartono@isp.id", "admin@netledger.local",
            "AA:BB:CC:11:22:33", "AA:BB:CC:44:55:66", "ONT ruang tamu Wulandari", "ONT kamar belakang Wulandari",
            "diskon tetangga Bu Wulandari");

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private SecretCipher secretCipher;
    @Autowired
    @Qualifier("defaultAxonObjectMapper")
    private ObjectMapper axonObjectMapper;
    @Autowired
    private EventProcessingConfiguration processing;

    private Api api;

    @DynamicPropertySource
    static void storeOfThePreviousVersion(DynamicPropertyRegistry registry) throws Exception {
        String url = TestDatabase.createDatabase();
        // The schema as 766363f left it; the application's Flyway goes on from V22.
        Flyway.configure().dataSource(url, TestDatabase.user(), TestDatabase.password())
                .locations("classpath:db/migration").target("21").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                Statement statement = connection.createStatement()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("personal/store-before-sealing.sql"));
            statement.execute("reset search_path"); // pg_dump's script empties it
            // A projection's dead letter holds its event as the store does: that version had no way to make one
            // on demand, so this one copies Bambang's change of details.
            statement.execute("""
                    insert into dead_letter_entry (dead_letter_id, processing_group, sequence_identifier, sequence_index,
                        message_type, event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data,
                        type, aggregate_identifier, sequence_number, enqueued_at, cause_type, cause_message)
                    select 'fixture-dead-letter', 'customers', aggregate_identifier, 0,
                        'org.axonframework.eventhandling.GenericDomainEventMessage', event_identifier, time_stamp,
                        payload_type, payload_revision, payload, meta_data, type, aggregate_identifier,
                        sequence_number, time_stamp, 'java.lang.IllegalStateException', 'made for the fixture'
                    from domain_event_entry where payload_type = 'io.netledger.api.customer.CustomerDetailsChanged'""");
        }
        registry.add("netledger.db.url", () -> url);
        registry.add("netledger.db.user", TestDatabase::user);
        registry.add("netledger.db.password", TestDatabase::password);
        registry.add("netledger.db.pool-size", () -> "8");
        registry.add("netledger.data-dir", Files.createTempDirectory("netledger-test-data")::toString);
        registry.add("netledger.secrets.master-key", () -> MASTER_KEY);
    }

    @BeforeEach
    void connect() {
        api = new Api("http://localhost:" + port);
    }

    @Test
    void noPersonalValueOfTheEarlierStoreRemainsInClearOutsideTheReadModels() {
        awaitAuditLogRebuilt();
        for (String value : PERSONAL) {
            assertThat(count("select count(*) from domain_event_entry where position(convert_to(?, 'UTF8') in payload) > 0",
                    value)).as("the store holds %s only sealed", value).isZero();
            assertThat(count("select count(*) from dead_letter_entry where position(convert_to(?, 'UTF8') in payload) > 0",
                    value)).as("the dead letters hold %s only sealed", value).isZero();
            assertThat(count("select count(*) from unique_claims where claimed_value ilike ?", "%" + value + "%"))
                    .as("claims hold %s only as a digest", value).isZero();
            assertThat(count("""
                    select count(*) from audit_logs
                    where (coalesce(old_values::text, '') || coalesce(new_values::text, '')) like ?""", "%" + value + "%"))
                    .as("the audit log holds no %s", value).isZero();
            assertThat(count("select count(*) from audit_model_state where state::text like ?", "%" + value + "%"))
                    .as("the audit state holds no %s", value).isZero();
        }
        assertThat(count("select count(*) from dead_letter_entry where dead_letter_id = 'fixture-dead-letter'"))
                .as("the dead letter is still there, sealed").isOne();
        assertThat(count("select count(*) from personal_data_keys where subject_kind = 'customer'"))
                .as("a key for each customer").isEqualTo(2);
        assertThat(count("select count(*) from personal_data_keys where subject_kind = 'user'"))
                .as("and for each login: admin, Wulandari's, Rudi's").isEqualTo(3);
        assertThat(jdbc.queryForObject("""
                select convert_from(payload, 'UTF8')::jsonb ->> 'customerId' from domain_event_entry
                where payload_type = 'io.netledger.api.subscription.NetworkChanged'""", String.class))
                .as("the network's change names its customer").isEqualTo(WULANDARI);
    }

    @Test
    void customersLoginsAndClaimsOfTheEarlierStoreWorkAsBefore() {
        String admin = api.login("admin@netledger.local", "fixture-admin-password");
        JsonNode wulandari = api.get("/api/v1/customers/" + WULANDARI, admin).json();
        assertThat(wulandari.get("name").asText()).isEqualTo("Wulandari Kusumawati");
        assertThat(wulandari.get("email").asText()).isEqualTo("wulan.kusuma@contoh.id");
        assertThat(wulandari.get("address").asText()).isEqualTo("Jl. Kenanga Blok C7");
        assertThat(wulandari.get("metadata").get("odp").asText()).isEqualTo("ODP-CMH-07");
        JsonNode bambang = api.get("/api/v1/customers/" + BAMBANG, admin).json();
        assertThat(bambang.get("name").asText()).isEqualTo("Bambang Priyatmoko Santoso");
        assertThat(bambang.get("email").asText()).isEqualTo("bambang.santoso@contoh.id");

        String portal = api.login("wulan.portal@contoh.id", "portal-password-1");
        assertThat(api.get("/api/v1/account", portal).json().get("id").asText()).isEqualTo(WULANDARI_LOGIN);

        for (String taken : List.of("wulan.kusuma@contoh.id", "Bambang.Santoso@contoh.id")) {
            Reply again = api.post("/api/v1/customers", admin, """
                    {"name": "Orang Lain", "email": "%s"}""".formatted(taken));
            assertThat(again.status()).as("%s is still taken: %s", taken, again.body()).isEqualTo(409);
        }
        Reply sameLogin = api.post("/api/v1/users", admin, """
                {"name": "Orang Lain", "email": "rudi.hartono@isp.id", "password": "staff-password-2", "role": "staff"}""");
        assertThat(sameLogin.status()).as(sameLogin.body()).isEqualTo(409);

        JsonNode export = api.get("/api/v1/customers/" + WULANDARI + "/personal-data", admin).json();
        Map<String, String> held = new LinkedHashMap<>();
        export.get("current").forEach(entry -> held.put(entry.get("source").asText() + " "
                + entry.get("sourceId").asText() + " " + entry.get("field").asText(), entry.get("value").asText()));
        assertThat(held).containsEntry("customer " + WULANDARI + " notes", "tiang dekat warung Bu Imas")
                .containsEntry("user " + WULANDARI_LOGIN + " email", "wulan.portal@contoh.id")
                .containsEntry("user " + WULANDARI_LOGIN + " bio", "suka berkebun anggrek")
                .containsEntry("user " + WULANDARI_LOGIN + " birthDate", "1991-04-23")
                .containsEntry("customer_network " + NETWORK + " macAddress", "AA:BB:CC:44:55:66")
                .containsEntry("customer_network " + NETWORK + " description", "ONT kamar belakang Wulandari")
                .containsEntry("invoice " + INVOICE + " notes", "diskon tetangga Bu Wulandari");
    }

    @Test
    void theAuditLogIsRebuiltFromTheEarlierEventsWithPersonalFieldsMarked() {
        assertThat(processing.eventProcessorByProcessingGroup(SealEarlierHistory.AUDIT_PROCESSOR))
                .as("the processor whose tokens V24 removed").isPresent();
        awaitAuditLogRebuilt();
        assertThat(jdbc.queryForObject("select new_values ->> 'name' from audit_logs where model_id = ? and action = 'create'",
                String.class, Long.parseLong(WULANDARI))).isEqualTo("[personal]");
        assertThat(jdbc.queryForObject("""
                select old_values ->> 'macAddress' from audit_logs where model_type = 'CustomerNetwork' and action = 'update'""",
                String.class)).as("the network's change, now that it names its customer").isEqualTo("[personal]");
        assertThat(jdbc.queryForObject("select state ->> 'email' from audit_model_state where model_id = ?",
                String.class, Long.parseLong(WULANDARI))).startsWith("fp:");
    }

    @Test
    void aSecondRunChangesNoRow() throws Exception {
        awaitAuditLogRebuilt();
        List<String> tables = List.of("domain_event_entry", "dead_letter_entry", "snapshot_event_entry",
                "unique_claims", "personal_data_keys", "audit_logs", "audit_model_state",
                "(select * from token_entry where processor_name = 'audit')");
        try (Connection connection = dataSource.getConnection()) {
            // One snapshot of the database for before and after, whatever the running processors commit meanwhile.
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                List<String> before = digests(connection, tables);
                new SealEarlierHistory(secretCipher, axonObjectMapper, 2).migrate(on(connection));
                assertThat(digests(connection, tables)).isEqualTo(before);
            } finally {
                connection.rollback();
            }
        }
    }

    private void awaitAuditLogRebuilt() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> count(
                "select count(*) from audit_logs where id <= ?", EARLIER_EVENTS) == EARLIER_EVENTS);
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    private static List<String> digests(Connection connection, List<String> tables) throws Exception {
        List<String> digests = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery(
                        "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
                                + table + " t")) {
                    rows.next();
                    digests.add(table + " " + rows.getString(1));
                }
            }
        }
        return digests;
    }

    private static Context on(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
