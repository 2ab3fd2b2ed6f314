package io.netledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.NetLedgerApplication;
import io.netledger.app.Api.Reply;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The default a new operator gets: no database configured, so NetLedger runs its own
 * PostgreSQL under the data directory. Everything must still be there after a restart:
 * read models, the event store behind the aggregates, the first admin and the token key.
 */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartOfTheEmbeddedDefault() {
        String token;
        String planId;
        try (ConfigurableApplicationContext first = start()) {
            Api api = api(first);
            token = api.login("admin@netledger.local", "restart-admin-pw");
            planId = api.post("/api/v1/service-plans", token, """
                    {"name": "Survivor", "price": "99000", "billingCycle": "monthly",
                     "downloadSpeed": 10000, "uploadSpeed": 5000, "dataUnit": "unlimited"}""")
                    .json().get("id").asText();
            api.awaitGet("/api/v1/service-plans/" + planId, token, r -> r.status() == 200);
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        assertThat(dataDir.resolve("jwt-secret")).exists();

        try (ConfigurableApplicationContext second = start()) {
            Api api = api(second);
            Reply plan = api.get("/api/v1/service-plans/" + planId, token);
            assertThat(plan.status()).as("a token from before the restart still works: " + plan.body()).isEqualTo(200);
            assertThat(plan.json().get("name").asText()).isEqualTo("Survivor");

            Reply changed = api.patch("/api/v1/service-plans/" + planId, token, "{\"price\": 109000}", "\"0\"");
            assertThat(changed.status()).as("the aggregate is rebuilt from the event store: " + changed.body())
                    .isEqualTo(200);
            assertThat(changed.header("ETag")).isEqualTo("\"1\"");

            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("show fsync", String.class)).as("the books survive a crash").isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("select count(*) from users", Long.class))
                    .as("the first admin is created once").isEqualTo(1);
            assertThat(api.login("admin@netledger.local", "restart-admin-pw")).isNotBlank();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(NetLedgerApplication.class).run(
                "--server.port=0",
                "--netledger.data-dir=" + dataDir,
                "--netledger.db.url=",
                "--netledger.admin.password=restart-admin-pw");
    }

    private static Api api(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Api("http://localhost:" + port);
    }
}
