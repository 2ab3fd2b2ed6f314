package io.netledger.app.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.NetLedgerApplication;
import io.netledger.app.Api;
import io.netledger.app.Api.Reply;
import io.netledger.app.Processors;
import io.netledger.app.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A node stopped in the middle of a rebuild (here: right after its tokens were reset and its table emptied,
 * before the first batch of the replay committed) takes the rebuild up again on its next start: from the
 * ReplayTokens in token_entry, seen before its processors run, so the table comes back row for row and the
 * admin list says the rebuild was resumed.
 */
class RebuildAcrossARestartTest {

    private static final String ADMIN_PASSWORD = "rebuild-restart-admin-pw";

    @TempDir
    Path dataDir;

    @Test
    void aRebuildInterruptedByAStopResumesOnTheNextStart() {
        String url = TestDatabase.createDatabase();
        List<String> before;
        try (ConfigurableApplicationContext first = start(url)) {
            Api api = api(first);
            String admin = api.login("admin@netledger.local", ADMIN_PASSWORD);
            for (int i = 0; i < 20; i++) {
                Reply created = api.post("/api/v1/customers", admin, """
                        {"name": "Pelanggan %d", "phone": "0812-5555-%04d", "city": "Bogor"}""".formatted(i, i));
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                if (i % 4 == 0) {
                    String id = created.json().get("id").asText();
                    Reply changed = api.put("/api/v1/customers/" + id, admin, """
                            {"name": "Pelanggan %d", "phone": "0812-5555-%04d", "city": "Cibinong"}""".formatted(i, i),
                            null);
                    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
                }
            }
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            EventProcessingConfiguration processing = first.getBean(EventProcessingConfiguration.class);
            Processors.awaitCaughtUp(processing, jdbc);
            before = table(jdbc);
            assertThat(before).hasSize(20);

            // What a crash leaves when it strikes as a rebuild begins: the table emptied, ReplayTokens stored.
            StreamingEventProcessor customers = (StreamingEventProcessor) processing.eventProcessor("customers")
                    .orElseThrow();
            customers.shutDown();
            customers.resetTokens();
            assertThat(table(jdbc)).isEmpty();
        }

        try (ConfigurableApplicationContext second = start(url)) {
            Api api = api(second);
            String admin = api.login("admin@netledger.local", ADMIN_PASSWORD);
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                JsonNode rebuild = customers(api, admin).get("rebuild");
                return rebuild != null && !rebuild.isNull() && "finished".equals(rebuild.get("state").asText());
            });
            JsonNode rebuild = customers(api, admin).get("rebuild");
            assertThat(rebuild.get("resumed").asBoolean()).as("found in the tokens, not started here: " + rebuild)
                    .isTrue();
            assertThat(rebuild.get("eventsDone").asLong()).isEqualTo(rebuild.get("eventsTotal").asLong());
            assertThat(table(jdbc)).containsExactlyElementsOf(before);
            assertThat(api.get("/api/v1/customers", admin).status()).isEqualTo(200);
        }
    }

    private ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(NetLedgerApplication.class).run(
                "--server.port=0",
                "--netledger.db.url=" + url,
                "--netledger.db.user=" + TestDatabase.user(),
                "--netledger.db.password=" + TestDatabase.password(),
                "--netledger.db.pool-size=8",
                "--netledger.data-dir=" + dataDir,
                "--netledger.admin.password=" + ADMIN_PASSWORD,
                "--netledger.routers.provisioning=manual");
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static JsonNode customers(Api api, String admin) {
        Reply list = api.get("/api/v1/admin/projections", admin);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return StreamSupport.stream(list.json().get("processors").spliterator(), false)
                .filter(processor -> "customers".equals(processor.get("name").asText())).findFirst().orElseThrow();
    }

    private static List<String> table(JdbcTemplate jdbc) {
        return jdbc.queryForList("select t::text from customers t order by 1", String.class);
    }
}
