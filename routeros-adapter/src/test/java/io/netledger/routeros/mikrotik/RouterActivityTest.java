package io.netledger.routeros.mikrotik;

import static io.netledger.routeros.mikrotik.SimulatedRouters.OPENER;
import static io.netledger.routeros.mikrotik.SimulatedRouters.endpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netledger.routeros.PppSession;
import io.netledger.routeros.RouterInterface;
import io.netledger.routeros.RouterLogin;
import io.netledger.routeros.SystemResource;
import io.netledger.routeros.simulator.RouterActivity;
import io.netledger.routeros.simulator.RouterOsSimulator;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator's moving parts (sessions, counters, load, reboots) as the gateway reads them over the API. */
class RouterActivityTest {

    private RouterOsSimulator router;
    private MikrotikRouterGateway gateway;
    private RouterLogin nas;
    private RouterActivity activity;

    @BeforeEach
    void startRouter() {
        router = SimulatedRouters.start("7.16");
        gateway = new MikrotikRouterGateway(OPENER);
        nas = endpoint(router);
        activity = RouterActivity.on(router);
    }

    @AfterEach
    void stopRouter() {
        gateway.close();
        router.close();
    }

    @Test
    void aPppoeLoginIsAnActiveSessionWithADynamicInterfaceWhoseCountersMoveWithHisTraffic() throws Exception {
        long uplinkRx = interfaces().get(RouterActivity.UPLINK).rxBytes();

        activity.pppLogin("alice", "10.10.0.2", "AA:BB:CC:00:00:01");
        activity.transfer("alice", 5_000_000, 700_000);
        activity.transfer("alice", 1_000_000, 300_000);

        assertThat(gateway.activeSessions(nas)).singleElement().satisfies(session -> {
            assertThat(session.name()).isEqualTo("alice");
            assertThat(session.address()).isEqualTo("10.10.0.2");
            assertThat(session.callerId()).isEqualTo("AA:BB:CC:00:00:01");
        });
        RouterInterface line = interfaces().get("<pppoe-alice>");
        assertThat(line.type()).isEqualTo("pppoe-in");
        assertThat(line.txBytes()).as("sent to alice: her download").isEqualTo(6_000_000);
        assertThat(line.rxBytes()).as("received from alice: her upload").isEqualTo(1_000_000);
        assertThat(interfaces().get(RouterActivity.UPLINK).rxBytes()).isEqualTo(uplinkRx + 6_000_000);
    }

    @Test
    void aLogoutTakesTheSessionAndItsCountersAwayAndTheNextLoginCountsFromZero() throws Exception {
        String first = activity.pppLogin("bob", "10.10.0.3", "AA:BB:CC:00:00:02");
        activity.transfer("bob", 9_000, 1_000);

        activity.pppLogout("bob");
        assertThat(gateway.activeSessions(nas)).isEmpty();
        assertThat(interfaces()).doesNotContainKey("<pppoe-bob>");

        String second = activity.pppLogin("bob", "10.10.0.3", "AA:BB:CC:00:00:02");
        assertThat(second).isNotEqualTo(first);
        assertThat(gateway.activeSessions(nas)).extracting(PppSession::id).extracting(Object::toString)
                .containsExactly(second);
        assertThat(interfaces().get("<pppoe-bob>").txBytes()).isZero();
        assertThatThrownBy(() -> activity.pppLogin("bob", "10.10.0.3", null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void loadAndFreeMemoryAreWhatSystemResourceReports() throws Exception {
        activity.load(63, 1_073_741_824L);

        SystemResource resource = gateway.systemResource(nas);
        assertThat(resource.cpuLoadPercent()).isEqualTo(63);
        assertThat(resource.freeMemoryBytes()).isEqualTo(1_073_741_824L);
        assertThat(resource.totalMemoryBytes()).isEqualTo(4_294_967_296L);
    }

    @Test
    void aRebootEndsEverySessionZeroesTheCountersAndStartsTheUptimeAgain() throws Exception {
        activity.pppLogin("carol", "10.10.0.4", "AA:BB:CC:00:00:03");
        activity.transfer("carol", 123_456, 654);
        Thread.sleep(1_100);
        assertThat(gateway.systemResource(nas).uptime()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));

        activity.reboot();

        assertThat(gateway.systemResource(nas).uptime()).isLessThan(Duration.ofSeconds(1));
        assertThat(gateway.activeSessions(nas)).isEmpty();
        assertThat(interfaces()).containsOnlyKeys("ether1", "ether2");
        assertThat(interfaces().values()).allSatisfy(line -> {
            assertThat(line.rxBytes()).isZero();
            assertThat(line.txBytes()).isZero();
        });
    }

    private Map<String, RouterInterface> interfaces() throws Exception {
        return gateway.interfaces(nas).stream().collect(Collectors.toMap(RouterInterface::name, Function.identity()));
    }
}
