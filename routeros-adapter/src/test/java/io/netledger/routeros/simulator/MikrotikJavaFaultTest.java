package io.netledger.routeros.simulator;

import static io.netledger.routeros.simulator.MikrotikJavaLoginTest.awaitNoConnections;
import static io.netledger.routeros.simulator.MikrotikJavaLoginTest.connect;
import static io.netledger.routeros.simulator.MikrotikJavaLoginTest.loggedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import me.legrange.mikrotik.ApiConnection;
import me.legrange.mikrotik.MikrotikApiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each injected fault as the real mikrotik-java 3.0.8 client experiences it. */
class MikrotikJavaFaultTest {

    private static final int CLIENT_TIMEOUT_MILLIS = 400;

    private RouterOsSimulator router;

    @BeforeEach
    void start() throws Exception {
        router = RouterOsSimulator.start(SimulatorConfig.defaults());
    }

    @AfterEach
    void stop() {
        router.close();
    }

    @Test
    void anInjectedTrapFailsTheCommandWithItsMessageAndChangesNothing() throws Exception {
        router.faults().on("/ppp/secret/add", new Fault.Trap("failure: out of memory", 4), 1);

        try (ApiConnection api = loggedIn(router)) {
            assertThatThrownBy(() -> api.execute("/ppp/secret/add name=alice"))
                    .isInstanceOf(MikrotikApiException.class)
                    .hasMessage("failure: out of memory");
            assertThat(router.state().records("/ppp/secret")).isEmpty();

            api.execute("/ppp/secret/add name=alice");
            assertThat(router.state().records("/ppp/secret")).hasSize(1);
        }
    }

    @Test
    void afterFatalTheRouterClosesTheConnectionAndTheClientTimesOutBecauseItIgnoresFatal() throws Exception {
        router.faults().on("/ppp/secret/print", new Fault.Fatal("session terminated on request"), 1);

        try (ApiConnection api = loggedIn(router)) {
            api.setTimeout(CLIENT_TIMEOUT_MILLIS);

            assertThatThrownBy(() -> api.execute("/ppp/secret/print"))
                    .isInstanceOf(MikrotikApiException.class)
                    .hasMessageContaining("timed out");
            awaitNoConnections(router);
        }
    }

    @Test
    void aDroppedConnectionLeavesTheClientWaitingUntilItsTimeout() throws Exception {
        router.faults().on("/ppp/active/print", new Fault.DropConnection(), 1);

        try (ApiConnection api = loggedIn(router)) {
            api.setTimeout(CLIENT_TIMEOUT_MILLIS);

            assertThatThrownBy(() -> api.execute("/ppp/active/print")).hasMessageContaining("timed out");
            awaitNoConnections(router);
        }
    }

    @Test
    void noAnswerTimesTheCommandOutWhileTheConnectionKeepsServing() throws Exception {
        router.faults().on("/system/resource/print", new Fault.NoAnswer(), 1);

        try (ApiConnection api = loggedIn(router)) {
            api.setTimeout(CLIENT_TIMEOUT_MILLIS);

            assertThatThrownBy(() -> api.execute("/system/resource/print"))
                    .isInstanceOf(MikrotikApiException.class)
                    .hasMessage("Command timed out after " + CLIENT_TIMEOUT_MILLIS + " ms");
            assertThat(api.execute("/system/resource/print")).hasSize(1);
            assertThat(router.openConnections()).isEqualTo(1);
        }
    }

    @Test
    void latencyDelaysEveryAnswer() throws Exception {
        try (ApiConnection api = loggedIn(router)) {
            router.faults().latency(Duration.ofMillis(150));

            long started = System.nanoTime();
            api.execute("/interface/print");
            api.execute("/log/print");

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void aDelayLongerThanTheClientTimeoutTimesOutAndTheCommandStillRuns() throws Exception {
        router.faults().on("/ppp/secret/add", new Fault.Delay(Duration.ofMillis(600)), 1);

        try (ApiConnection api = loggedIn(router)) {
            api.setTimeout(CLIENT_TIMEOUT_MILLIS);

            assertThatThrownBy(() -> api.execute("/ppp/secret/add name=alice")).hasMessageContaining("timed out");
            Thread.sleep(400);
            assertThat(router.state().find("/ppp/secret", "name", "alice")).isPresent();
        }
    }

    @Test
    void aFaultOnLoginMeetsTheLoginOnly() throws Exception {
        router.faults().onLogin(new Fault.Trap("cannot log in", 0), 1);

        try (ApiConnection first = connect(router)) {
            assertThatThrownBy(() -> first.login("admin", "secret")).hasMessage("cannot log in");
        }
        try (ApiConnection second = loggedIn(router)) {
            assertThat(second.execute("/ppp/profile/print")).extracting(p -> p.get("name"))
                    .containsExactly("default", "default-encryption");
        }
    }

    @Test
    void randomFaultsHitAboutTheAskedShareOfCommandsRepeatablyForASeed() throws Exception {
        assertThat(trappedCommands(42)).isEqualTo(trappedCommands(42)).hasSizeBetween(15, 45);
    }

    @Test
    void faultsAimedForEverStayUntilCleared() throws Exception {
        router.faults().on("/interface/print", new Fault.Trap("busy", 4), Integer.MAX_VALUE);

        try (ApiConnection api = loggedIn(router)) {
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> api.execute("/interface/print")).hasMessage("busy");
            }
            router.faults().clear();
            assertThat(api.execute("/interface/print")).hasSize(2);
        }
    }

    private List<Integer> trappedCommands(long seed) throws Exception {
        router.faults().clear();
        router.faults().randomly(0.3, new Fault.Trap("random failure", 4), seed);
        List<Integer> trapped = new ArrayList<>();
        try (ApiConnection api = loggedIn(router)) {
            for (int i = 0; i < 100; i++) {
                try {
                    api.execute("/ppp/secret/print");
                } catch (MikrotikApiException e) {
                    assertThat(e).hasMessage("random failure");
                    trapped.add(i);
                }
            }
        }
        return trapped;
    }

    @Test
    void faultsOfOneCommandLeaveOthersAlone() throws Exception {
        router.faults().on("/ppp/secret/remove", new Fault.DropConnection(), 1);

        try (ApiConnection api = loggedIn(router)) {
            assertThat(api.execute("/ppp/secret/add name=alice")).singleElement()
                    .satisfies(done -> assertThat(Map.copyOf(done)).containsOnlyKeys("ret"));
        }
    }
}
