package io.netledger.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.netledger.app.Api;
import io.netledger.app.Api.Reply;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * PostgreSQL goes away and comes back under a running NetLedger: meanwhile every answer is a
 * 503 problem with Retry-After (a command's says its outcome is unknown), and afterwards the
 * processors and the scheduler carry on by themselves. The database is this test's own, so
 * stopping it disturbs no other test.
 */
@SpringBootTest(classes = {io.netledger.NetLedgerApplication.class, DatabaseOutageTest.Probe.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "netledger.routers.provisioning=manual")
@DirtiesContext
class DatabaseOutageTest {

    private static final String ADMIN_PASSWORD = "outage-admin-password";
    private static final Path DATA;
    private static final int PORT;
    private static EmbeddedPostgres postgres;

    static {
        try {
            DATA = Files.createTempDirectory("netledger-outage-pg");
            try (ServerSocket free = new ServerSocket(0)) {
                PORT = free.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startPostgres();
        // After the context (closed once this class is done) has let go of it.
        Runtime.getRuntime().addShutdownHook(new Thread(DatabaseOutageTest::removePostgres));
    }

    @LocalServerPort
    private int port;
    @Autowired
    private Scheduler scheduler;
    @Autowired
    private Probe probe;

    private static void startPostgres() {
        try {
            postgres = EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false).setPort(PORT)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the outage test's PostgreSQL", e);
        }
    }

    private static void stopPostgres() throws IOException {
        postgres.close();
    }

    private static void removePostgres() {
        try {
            postgres.close();
        } catch (IOException e) {
            // already stopped
        }
        try (var files = Files.walk(DATA)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; the machine's cleanup takes what is left
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("netledger-outage-data");
        registry.add("netledger.db.url", () -> "jdbc:postgresql://localhost:" + PORT + "/postgres");
        registry.add("netledger.db.user", () -> "postgres");
        registry.add("netledger.db.password", () -> "");
        registry.add("netledger.db.pool-size", () -> "12");
        registry.add("netledger.db.connection-timeout", () -> "1500ms");
        registry.add("netledger.data-dir", dataDir::toString);
        registry.add("netledger.admin.password", () -> ADMIN_PASSWORD);
        registry.add("netledger.deadlines.polling-interval", () -> "500ms");
    }

    /** A one-time task of the test's own: it runs only if the scheduler polls again after the outage. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Probe {

        final CountDownLatch ran = new CountDownLatch(1);

        @Bean
        OneTimeTask<Void> outageProbe() {
            return Tasks.oneTime("outage-probe").execute((instance, context) -> ran.countDown());
        }
    }

    private static void assertOutage(Reply reply, boolean command) {
        assertThat(reply.status()).as(reply.headers() + " " + reply.body()).isEqualTo(503);
        assertThat(reply.isProblem()).as(reply.headers() + " " + reply.body()).isTrue();
        assertThat(reply.header("Retry-After")).matches("\\d+");
        if (command) {
            assertThat(reply.json().get("outcome").asText()).isEqualTo("unknown");
        } else {
            assertThat(reply.json().has("outcome")).isFalse();
        }
    }

    @Test
    void answers503WhileThePostgresIsDownAndCarriesOnAfterwards() throws Exception {
        Api api = new Api("http://localhost:" + port);
        String admin = api.login("admin@netledger.local", ADMIN_PASSWORD);
        String plan = """
                {"name": "%s", "price": "100000", "billingCycle": "monthly", "downloadSpeed": 10000,
                 "uploadSpeed": 5000, "dataUnit": "unlimited"}""";
        assertThat(api.post("/api/v1/service-plans", admin, plan.formatted("Before")).status()).isEqualTo(201);

        stopPostgres();
        try {
            assertOutage(api.get("/api/v1/service-plans", admin), false);
            assertOutage(api.get("/api/v1/settings/public", null), false);
            assertOutage(api.post("/api/v1/service-plans", admin, plan.formatted("During")), true);
            assertOutage(api.post("/api/v1/auth/login", null,
                    "{\"email\": \"admin@netledger.local\", \"password\": \"" + ADMIN_PASSWORD + "\"}"), true);
        } finally {
            startPostgres();
        }

        Reply[] after = new Reply[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(
                () -> (after[0] = api.post("/api/v1/service-plans", admin, plan.formatted("After"))).status() == 201);
        String id = after[0].json().get("id").asText();
        // The processors come back on their own, after the retry backoff of their own connections: on a loaded
        // machine that can outlast one await of the position, so it is asked again until they did.
        Reply[] read = new Reply[1];
        Awaitility.await("the processors project what was written after the outage").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).until(() -> (read[0] = api.send("GET", "/api/v1/service-plans/" + id,
                        admin, null, "NetLedger-Await-Position", after[0].header("NetLedger-Position"))).status() == 200);
        assertThat(read[0].json().get("name").asText()).isEqualTo("After");

        scheduler.schedule(probe.outageProbe().instance("after-outage"), Instant.now());
        assertThat(probe.ran.await(30, TimeUnit.SECONDS)).as("the scheduler runs tasks again").isTrue();
    }
}
