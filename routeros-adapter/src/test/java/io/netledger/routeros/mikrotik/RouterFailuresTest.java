package io.netledger.routeros.mikrotik;

import static io.netledger.routeros.mikrotik.SimulatedRouters.OPENER;
import static io.netledger.routeros.mikrotik.SimulatedRouters.ROUTER_PASSWORD;
import static io.netledger.routeros.mikrotik.SimulatedRouters.endpoint;
import static io.netledger.routeros.mikrotik.SimulatedRouters.logins;
import static io.netledger.routeros.mikrotik.SimulatedRouters.seal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.netledger.routeros.EncryptedPassword;
import io.netledger.routeros.RouterLogin;
import io.netledger.routeros.PppSecret;
import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterRejected;
import io.netledger.routeros.RouterUnavailable;
import io.netledger.routeros.simulator.Fault;
import io.netledger.routeros.simulator.RouterOsSimulator;
import io.netledger.routeros.simulator.SimulatorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each fault a router shows, injected by the simulator: the gateway recovers where a fresh
 * connection helps and otherwise reports the right kind of failure, and the next call works.
 */
class RouterFailuresTest {

    private static final Duration SHORT = Duration.ofMillis(400);
    private static final String PRINT_SECRETS = "/ppp/secret/print";

    private RouterOsSimulator router;
    private MikrotikRouterGateway gateway;
    private RouterLogin nas;

    @BeforeEach
    void startRouter() {
        router = SimulatedRouters.start("7.16");
        gateway = new MikrotikRouterGateway(OPENER);
        nas = endpoint(router, SHORT);
    }

    @AfterEach
    void stopRouter() {
        gateway.close();
        router.close();
    }

    @Test
    void reportsATrapAsRejectedWithTheRoutersMessageAndKeepsTheConnection() throws Exception {
        router.faults().on("/ppp/secret/add", new Fault.Trap("invalid value for argument remote-address", 1), 1);

        assertThatThrownBy(() -> gateway.ensurePppSecret(nas, secret("ani")))
                .isInstanceOf(RouterRejected.class)
                .hasMessageContaining("invalid value for argument remote-address");

        gateway.ensurePppSecret(nas, secret("ani"));
        assertThat(router.state().find("/ppp/secret", "name", "ani")).isPresent();
        assertThat(logins(router)).isEqualTo(1);
    }

    @Test
    void reportsAnInterruptedCommandAsUnavailable() {
        router.faults().on(PRINT_SECRETS, new Fault.Trap("interrupted", 2), 1);

        assertThatThrownBy(() -> gateway.ensurePppSecret(nas, secret("budi")))
                .isInstanceOf(RouterUnavailable.class)
                .hasMessageContaining("interrupted");
    }

    @Test
    void runsTheCallAgainOnAFreshConnectionWhenTheRouterEndsTheSession() throws Exception {
        router.faults().on(PRINT_SECRETS, new Fault.Fatal("session terminated on request"), 1);

        gateway.ensurePppSecret(nas, secret("citra"));

        assertThat(router.state().find("/ppp/secret", "name", "citra")).isPresent();
        assertThat(logins(router)).isEqualTo(2);
    }

    @Test
    void reportsUnavailableWhenTheFreshConnectionIsEndedTooAndRecoversOnTheNextCall() throws Exception {
        router.faults().on(PRINT_SECRETS, new Fault.Fatal("out of memory"), 2);

        assertThatThrownBy(() -> gateway.ensurePppSecret(nas, secret("dodi")))
                .isInstanceOf(RouterUnavailable.class)
                .hasMessageContaining("out of memory");

        gateway.ensurePppSecret(nas, secret("dodi"));
        assertThat(router.state().find("/ppp/secret", "name", "dodi")).isPresent();
    }

    @Test
    void recoversFromADroppedConnectionWithinTheCall() throws Exception {
        gateway.ensurePppSecret(nas, secret("eka"));
        router.faults().on("/ppp/secret/remove", new Fault.DropConnection(), 1);

        gateway.removePppSecret(nas, "eka");

        assertThat(router.state().find("/ppp/secret", "name", "eka")).isEmpty();
    }

    @Test
    void reportsTwoDroppedConnectionsAtOnceAsUnavailableAndRecoversOnTheNextCall() throws Exception {
        RouterLogin patient = endpoint(router, Duration.ofSeconds(10));
        router.faults().on(PRINT_SECRETS, new Fault.DropConnection(), 2);

        long started = System.nanoTime();
        assertThatThrownBy(() -> gateway.ensurePppSecret(patient, secret("fitri")))
                .isInstanceOf(RouterUnavailable.class)
                .hasMessageContaining("closed the connection");
        // The watch on the socket tells at once; the library alone would wait out the command timeout.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

        gateway.ensurePppSecret(patient, secret("fitri"));
        assertThat(router.state().find("/ppp/secret", "name", "fitri")).isPresent();
    }

    @Test
    void givesUpOnACommandLeftUnansweredAndUsesAFreshConnectionNext() throws Exception {
        router.faults().on(PRINT_SECRETS, new Fault.NoAnswer(), 1);

        assertThatThrownBy(() -> gateway.ensurePppSecret(nas, secret("gilang")))
                .isInstanceOf(RouterUnavailable.class)
                .hasMessageContaining("did not answer /ppp/secret/print within 400 ms")
                .extracting(e -> ((RouterFailure) e).reason()).isEqualTo(RouterFailure.Reason.TIMEOUT);

        gateway.ensurePppSecret(nas, secret("gilang"));
        assertThat(router.state().find("/ppp/secret", "name", "gilang")).isPresent();
        assertThat(logins(router)).isEqualTo(2);
    }

    @Test
    void waitsForASlowRouterWithinTheCommandTimeout() throws Exception {
        router.faults().latency(Duration.ofMillis(100));

        gateway.ensurePppSecret(endpoint(router), secret("hana"));

        assertThat(router.state().find("/ppp/secret", "name", "hana")).isPresent();
    }

    @Test
    void reportsAnAnswerThatComesTooLateAsUnavailable() throws Exception {
        router.faults().on(PRINT_SECRETS, new Fault.Delay(Duration.ofSeconds(1)), 1);

        assertThatThrownBy(() -> gateway.ensurePppSecret(nas, secret("ilham")))
                .isInstanceOf(RouterUnavailable.class);

        gateway.ensurePppSecret(nas, secret("ilham"));
        assertThat(router.state().find("/ppp/secret", "name", "ilham")).isPresent();
    }

    @Test
    void convergesOnOneSecretPerUserThroughRandomlyBrokenConnections() throws Exception {
        router.faults().randomly(0.2, new Fault.DropConnection(), 7).randomly(0.1, new Fault.Fatal("reset"), 11);
        int unavailable = 0;
        for (int i = 0; i < 40; i++) {
            try {
                gateway.ensurePppSecret(nas, secret("acak-" + i));
            } catch (RouterUnavailable e) {
                unavailable++;
            }
        }
        router.faults().clear();
        for (int i = 0; i < 40; i++) {
            gateway.ensurePppSecret(nas, secret("acak-" + i));
        }

        assertThat(router.state().records("/ppp/secret")).extracting(secret -> secret.get("name"))
                .hasSize(40).doesNotHaveDuplicates();
        assertThat(unavailable).as("calls that failed even on a fresh connection").isLessThan(40);
    }

    @ParameterizedTest(name = "RouterOS {0}")
    @ValueSource(strings = {"6.42", "7.16"})
    void refusesBadCredentialsWithoutRepeatingThePassword(String version) {
        try (RouterOsSimulator other = SimulatedRouters.start(version)) {
            RouterLogin wrong = endpoint(other.port(), "not-the-password", SHORT);

            assertThatThrownBy(() -> gateway.systemResource(wrong))
                    .isInstanceOf(RouterRejected.class)
                    .hasMessageContaining("invalid user name or password")
                    .hasMessageNotContaining("not-the-password")
                    .hasMessageNotContaining(ROUTER_PASSWORD)
                    .extracting(e -> ((RouterFailure) e).reason()).isEqualTo(RouterFailure.Reason.BAD_CREDENTIALS);
        }
    }

    @Test
    void reportsARouterNobodyListensOnAsUnavailable() throws IOException {
        int unused;
        try (ServerSocket socket = new ServerSocket(0)) {
            unused = socket.getLocalPort();
        }

        assertThatThrownBy(() -> gateway.systemResource(endpoint(unused, ROUTER_PASSWORD, SHORT)))
                .isInstanceOf(RouterUnavailable.class)
                .hasMessageContaining("cannot reach 127.0.0.1:" + unused)
                .extracting(e -> ((RouterFailure) e).reason()).isEqualTo(RouterFailure.Reason.REFUSED);
    }

    @Test
    void reportsALoginLeftUnansweredAsUnavailable() throws Exception {
        router.faults().onLogin(new Fault.NoAnswer(), 1);

        assertThatThrownBy(() -> gateway.systemResource(nas)).isInstanceOf(RouterUnavailable.class)
                .extracting(e -> ((RouterFailure) e).reason()).isEqualTo(RouterFailure.Reason.TIMEOUT);

        assertThat(gateway.systemResource(nas).version()).startsWith("7.16");
    }

    @Test
    void reportsALoginCutOffAsUnavailable() throws Exception {
        router.faults().onLogin(new Fault.DropConnection(), 1);

        assertThatThrownBy(() -> gateway.systemResource(nas)).isInstanceOf(RouterUnavailable.class);

        assertThat(gateway.systemResource(nas).version()).startsWith("7.16");
    }

    @Test
    void reconnectsAfterTheRouterRestarts() throws Exception {
        gateway.ensurePppSecret(nas, secret("joko"));
        int port = router.port();
        router.close();
        // The simulator may hold its port a moment after close() returns: wait for it to be free.
        router = await().atMost(Duration.ofSeconds(3)).ignoreException(UncheckedIOException.class)
                .until(() -> SimulatedRouters.start(SimulatorConfig.defaults().withPort(port)), Objects::nonNull);

        gateway.ensurePppSecret(nas, secret("joko"));

        assertThat(router.state().find("/ppp/secret", "name", "joko")).isPresent();
    }

    @Test
    void reportsAStoredPasswordThatWillNotOpenAsRejected() {
        RouterLogin sealedElsewhere = new RouterLogin("127.0.0.1", router.port(), "admin",
                new EncryptedPassword("k9:c2VhbGVkIGVsc2V3aGVyZQ=="), false, SHORT, SHORT);

        assertThatThrownBy(() -> gateway.systemResource(sealedElsewhere))
                .isInstanceOf(RouterRejected.class)
                .hasMessageContaining("cannot be opened");
        assertThat(router.commandLog()).doesNotContain("/login");
    }

    private static PppSecret secret(String name) {
        return new PppSecret(name, seal("pw-" + name), "default", null, null, null, false);
    }
}
