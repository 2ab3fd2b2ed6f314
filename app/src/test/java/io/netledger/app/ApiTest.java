package io.netledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a random port over a fresh database; tests talk to it over
 * HTTP like a back-office app would. All subclasses share one application context.
 */
@SpringBootTest(classes = io.netledger.NetLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// The NAS servers of most tests are addresses with no router behind them: keep the books only, or sagas would
// retry those routers in the background and write events while other tests count them. Tests of the router
// sagas switch it back on in a context of their own. Polling those addresses would record them down in the middle
// of other tests' audit logs: the monitoring tests switch it on in theirs.
// Likewise the router-log follower would log in to every simulator and add its commands to what tests count:
// the tests of network logs switch it on in a context of their own.
// Api.login retries a login until the users read model has the account: those early refusals would count
// towards the lockouts. The lockout tests set their own limits.
@TestPropertySource(properties = {"netledger.routers.provisioning=manual", "netledger.polling.enabled=false",
        "netledger.router-logs.enabled=false", "netledger.logins.account-failures=1000",
        "netledger.logins.address-failures=100000"})
public abstract class ApiTest {

    public static final String ADMIN_EMAIL = "admin@netledger.local";
    public static final String ADMIN_PASSWORD = "first-admin-password";
    public static final String MIDTRANS_SERVER_KEY = "SB-Mid-server-netledger-test-key";
    public static final String TRIPAY_PRIVATE_KEY = "tripay-private-netledger-test-key";
    /** Midtrans and Tripay for every test, stubbed at the HTTP level; tests stub and reset it. */
    protected static final WireMockServer GATEWAYS = new WireMockServer(
            WireMockConfiguration.options().dynamicPort()
                    // A gateway answers hundreds of calls at once (WebhookApiTest's 200 copies); Jetty's defaults queue them.
                    .containerThreads(250).jettyAcceptQueueSize(500));

    static {
        GATEWAYS.start();
    }

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate database;

    protected Api api;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        String url = TestDatabase.createDatabase();
        Path dataDir = Files.createTempDirectory("netledger-test-data");
        registry.add("netledger.db.url", () -> url);
        registry.add("netledger.db.user", TestDatabase::user);
        registry.add("netledger.db.password", TestDatabase::password);
        registry.add("netledger.data-dir", dataDir::toString);
        registry.add("netledger.admin.password", () -> ADMIN_PASSWORD);
        registry.add("netledger.max-request-bytes", () -> "65536");
        registry.add("netledger.routers.command-timeout", () -> "1500ms");
        // A dozen test contexts stay alive side by side on one PostgreSQL (100 connections by default): each
        // keeps two idle connections, and what a burst opened closes again after half a minute.
        registry.add("netledger.db.pool-size", () -> "16");
        registry.add("netledger.db.minimum-idle", () -> "2");
        registry.add("netledger.db.idle-timeout", () -> "30s");
        registry.add("netledger.deadlines.polling-interval", () -> "500ms");
        registry.add("netledger.payments.midtrans.server-key", () -> MIDTRANS_SERVER_KEY);
        registry.add("netledger.payments.midtrans.snap-url", GATEWAYS::baseUrl);
        registry.add("netledger.payments.midtrans.api-url", GATEWAYS::baseUrl);
        registry.add("netledger.payments.tripay.base-url", () -> GATEWAYS.baseUrl() + "/tripay/");
        registry.add("netledger.payments.tripay.api-key", () -> "DEV-test-api-key");
        registry.add("netledger.payments.tripay.private-key", () -> TRIPAY_PRIVATE_KEY);
        registry.add("netledger.payments.tripay.merchant-code", () -> "T0001");
    }

    @BeforeEach
    void connect() {
        api = new Api("http://localhost:" + port);
    }

    protected String adminToken() {
        return api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** Events in the store: bad input must leave their count as it was. */
    protected long events() {
        // Written on behalf of a request: the sagas' own commands carry no client address, and they may be
        // writing in the background (activating a subscription paid a moment ago) while a test counts.
        return database.queryForObject("""
                select count(*) from domain_event_entry
                where convert_from(meta_data, 'UTF8') like '%"clientIp"%'""", Long.class);
    }

    /** A refusal as RFC 9457 problem with the status and a detail that names what was wrong. */
    protected static void assertProblem(Api.Reply reply, int status, String detail) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.body()).isTrue();
        assertThat(reply.json().get("detail").asText()).containsIgnoringCase(detail);
    }

    /** Reads after a command as {@code token}, once the read models have reached the command's position. */
    protected Api.Reply readAfter(String path, String token, Api.Reply command) {
        Api.Reply read = api.send("GET", path, token, null, "NetLedger-Await-Position",
                command.header("NetLedger-Position"));
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read;
    }

    /** Registers a customer through the API and answers its id. */
    protected String newCustomer(String staff, String name) {
        Api.Reply created = api.post("/api/v1/customers", staff, """
                {"name": "%s", "phone": "0812-%04d-%04d", "city": "Bekasi"}""".formatted(name,
                (int) (Math.random() * 10_000), (int) (Math.random() * 10_000)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /** A new account of {@code role} ({@code staff}, {@code auditor}, {@code admin}), logged in. */
    protected String newLogin(String admin, String role) {
        String email = role + "-" + io.netledger.api.Ids.next() + "@isp.id";
        Api.Reply created = api.post("/api/v1/users", admin, """
                {"name": "Rina %s", "email": "%s", "password": "%s-password-1", "role": "%s"}"""
                .formatted(role, email, role, role));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return api.login(email, role + "-password-1");
    }

    /** Opens the customer's portal login and logs in with it. */
    protected String customerLogin(String staff, String customerId) {
        String email = "portal-" + customerId + "@pelanggan.id";
        Api.Reply account = api.post("/api/v1/customers/" + customerId + "/account", staff, """
                {"email": "%s", "password": "portal-password-1"}""".formatted(email));
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        return api.login(email, "portal-password-1");
    }
}
