package io.netledger.app.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import io.netledger.routeros.simulator.RouterOsSimulator;
import io.netledger.routeros.simulator.SimulatorConfig;
import io.netledger.routeros.simulator.SyslogSender;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A router with remote logging (the simulator sending BSD syslog over UDP) heard by the receiver on an ephemeral
 * port; a stranger's datagrams dropped and counted, never stored.
 */
@TestPropertySource(properties = {"netledger.syslog.port=0", "netledger.syslog.bind=127.0.0.1"})
class SyslogApiTest extends ApiTest {

    /** Any address of 127.0.0.0/8 is this machine; a stranger sends from one no NAS claims. */
    private static final String STRANGER = "127.1.1.1";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Environment environment;
    @Autowired
    private MeterRegistry registry;

    private RouterOsSimulator router;
    private SyslogSender remoteLogging;
    private String staff;
    private long nas;
    /** The router sends from here, one address per test's NAS; NetLedger reaches it at 127.0.0.1 (its configuration says so). */
    private String routerSendsFrom;

    @BeforeEach
    void stock() throws Exception {
        router = RouterOsSimulator.start(SimulatorConfig.defaults().withCredentials("netledger", "Router-Pw-1"));
        routerSendsFrom = "127.2." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
        remoteLogging = SyslogSender.from(routerSendsFrom, "MikroTik", receiver());
        router.logRemotely(remoteLogging);
        staff = adminToken();
        Reply created = api.post("/api/v1/nas-servers", staff, """
                {"name": "POP syslog %s", "ipAddress": "127.0.0.1", "port": %d, "username": "netledger",
                 "password": "Router-Pw-1", "apiType": "routeros_v7",
                 "configuration": {"syslogAddress": "%s", "logSource": "syslog", "timeZone": "%s"}}"""
                .formatted(Ids.next(), router.port(), routerSendsFrom, ZoneId.systemDefault().getId()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        nas = Long.parseLong(created.json().get("id").asText());
        api.awaitGet("/api/v1/nas-servers/" + nas, staff, reply -> reply.status() == 200);
        // the receiver learns of a new NAS within a quarter of a second; lines before that are a stranger's
        String probe = "probe " + Ids.next();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            router.logEvents().line("script,info", probe);
            assertThat(jdbc.queryForObject("select count(*) from network_logs where nas_server_id = ? and message = ?",
                    Long.class, nas, probe)).isPositive();
        });
    }

    @AfterEach
    void stop() {
        remoteLogging.close();
        router.close();
    }

    @Test
    void storesWhatARegisteredRouterSendsWithItsTopicsAndTime() {
        Instant before = Instant.now().minusSeconds(2);
        String user = "sari-" + Ids.next();
        router.logEvents().pppLogin(user, "10.99.0.8", "52:54:00:AA:00:08");
        router.logEvents().pppLoginFailed(user, "52:54:00:AA:00:08", 17);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(rows(user)).hasSize(2));
        List<Map<String, Object>> rows = rows(user);
        assertThat(rows).extracting(row -> row.get("log_type")).containsExactly("authentication", "authentication");
        assertThat(rows.get(0).get("source_ip")).isEqualTo("10.99.0.8");
        assertThat(rows.get(0).get("topics")).isEqualTo("pppoe,ppp,info,account");
        assertThat(rows.get(1).get("reason")).isEqualTo("authentication failed");
        assertThat(((java.sql.Timestamp) rows.get(0).get("occurred_at")).toInstant())
                .isBetween(before, Instant.now().plusSeconds(2));
        assertThat(rows.get(0).get("router_id")).as("syslog carries no .id").isNull();
    }

    @Test
    void dropsAndCountsWhatAStrangerSendsAndNeverStoresIt() {
        double dropped = dropped();
        String marker = "stranger-" + Ids.next();
        try (SyslogSender stranger = SyslogSender.from(STRANGER, "NotOurs", receiver())) {
            stranger.send("pppoe,ppp,info,account", marker + " logged in, 10.99.0.66");
        }
        String user = "after-" + Ids.next();
        router.logEvents().pppLogin(user, "10.99.0.9", "52:54:00:AA:00:09");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(rows(user)).isNotEmpty();
            assertThat(dropped()).isEqualTo(dropped + 1);
        });
        assertThat(jdbc.queryForObject("select count(*) from network_logs where message like ?", Long.class,
                "%" + marker + "%")).isZero();
    }

    @Test
    void whatIsNoSyslogFromARouterIsCountedAndSkipped() {
        double unreadable = registry.counter("netledger.syslog.dropped", "reason", "unreadable").count();
        remoteLogging.sendRaw("not syslog at all");
        String user = "next-" + Ids.next();
        router.logEvents().pppLogin(user, "10.99.0.10", "52:54:00:AA:00:10");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(rows(user)).isNotEmpty();
            assertThat(registry.counter("netledger.syslog.dropped", "reason", "unreadable").count())
                    .isEqualTo(unreadable + 1);
        });
    }

    private double dropped() {
        return registry.counter("netledger.syslog.dropped", "reason", "unknown_sender").count();
    }

    private List<Map<String, Object>> rows(String user) {
        return jdbc.queryForList("""
                select log_type, source_ip, occurred_at, additional_data ->> 'topics' as topics,
                       additional_data ->> 'reason' as reason, additional_data ->> 'routerId' as router_id
                from network_logs where nas_server_id = ? and additional_data ->> 'user' = ? order by occurred_at, id""",
                nas, user);
    }

    private InetSocketAddress receiver() {
        return new InetSocketAddress("127.0.0.1", Integer.parseInt(environment.getRequiredProperty("local.syslog.port")));
    }
}
