package io.netledger.routeros.simulator;

import static io.netledger.routeros.simulator.MikrotikJavaLoginTest.loggedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import me.legrange.mikrotik.ApiConnection;
import me.legrange.mikrotik.MikrotikApiException;
import me.legrange.mikrotik.ResultListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The other menus a back office uses, read and written through mikrotik-java 3.0.8. */
class MikrotikJavaMenusTest {

    private RouterOsSimulator router;
    private ApiConnection api;

    @BeforeEach
    void start() throws Exception {
        router = RouterOsSimulator.start(SimulatorConfig.defaults());
        api = loggedIn(router);
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
        router.close();
    }

    @Test
    void systemResourceIsOneItemWithoutIdCarryingTheEmulatedVersion() throws Exception {
        assertThat(api.execute("/system/resource/print")).singleElement().satisfies(resource -> assertThat(resource)
                .doesNotContainKey(".id")
                .containsEntry("version", "7.16 (stable)")
                .containsEntry("board-name", "CCR2004-16G-2S+")
                .containsKeys("cpu-load", "free-memory", "total-memory")
                .hasEntrySatisfying("uptime", uptime -> assertThat(uptime).matches("(\\d+[wdhms])+")));
    }

    @Test
    void interfacesCarryNameTypeRunningAndByteCounters() throws Exception {
        assertThat(api.execute("/interface/print return name,type,running,rx-byte,tx-byte"))
                .extracting(Map::copyOf)
                .containsExactly(
                        Map.of("name", "ether1", "type", "ether", "running", "true",
                                "rx-byte", "982734561234", "tx-byte", "123987456001"),
                        Map.of("name", "ether2", "type", "ether", "running", "true",
                                "rx-byte", "120398475112", "tx-byte", "908172634590"));
    }

    @Test
    void monitorTrafficOnceAnswersOneSampleOfTheInterface() throws Exception {
        assertThat(api.execute("/interface/monitor-traffic interface=ether1 once")).singleElement()
                .satisfies(sample -> assertThat(sample)
                        .containsEntry("name", "ether1")
                        .hasEntrySatisfying("rx-bits-per-second", bits -> assertThat(Long.parseLong(bits)).isPositive())
                        .hasEntrySatisfying("tx-bits-per-second", bits -> assertThat(Long.parseLong(bits)).isPositive()));
    }

    @Test
    void monitorTrafficOfAnInterfaceTheRouterLacksIsRefused() {
        assertThatThrownBy(() -> api.execute("/interface/monitor-traffic interface=ether9 once"))
                .hasMessage("input does not match any value of interface");
    }

    @Test
    void monitorTrafficStreamsUntilTheClientCancelsIt() throws Exception {
        BlockingQueue<Map<String, String>> samples = new LinkedBlockingQueue<>();
        AtomicReference<MikrotikApiException> error = new AtomicReference<>();
        CountDownLatch completed = new CountDownLatch(1);

        String tag = api.execute("/interface/monitor-traffic interface=ether1,ether2", new ResultListener() {
            public void receive(Map<String, String> result) {
                samples.add(result);
            }

            public void error(MikrotikApiException e) {
                error.set(e);
            }

            public void completed() {
                completed.countDown();
            }
        });

        assertThat(samples.poll(2, TimeUnit.SECONDS)).containsEntry("name", "ether1");
        assertThat(samples.poll(2, TimeUnit.SECONDS)).containsEntry("name", "ether2");
        api.cancel(tag);

        assertThat(completed.await(2, TimeUnit.SECONDS)).isTrue();
        assertThat(error.get()).hasMessage("interrupted");
    }

    @Test
    void seededActiveSessionsArePrintedAndKickedByRemove() throws Exception {
        String session = router.state().add("/ppp/active",
                Map.of("name", "alice", "address", "10.10.0.5", "caller-id", "AA:BB:CC:00:11:22", "uptime", "2h13m"));
        router.state().add("/ppp/active", Map.of("name", "bob"));

        List<Map<String, String>> alice = api.execute("/ppp/active/print where name=alice");
        assertThat(alice).singleElement().satisfies(active -> assertThat(active)
                .containsEntry(".id", session)
                .containsEntry("service", "pppoe")
                .containsEntry("address", "10.10.0.5")
                .containsEntry("caller-id", "AA:BB:CC:00:11:22")
                .containsEntry("uptime", "2h13m"));

        api.execute("/ppp/active/remove .id=" + session);

        assertThat(router.state().records("/ppp/active")).extracting(active -> active.get("name")).containsExactly("bob");
    }

    @Test
    void addressListKeepsOneEntryPerListAndAddressAndStoresAHostWithoutSlash32() throws Exception {
        api.execute("/ip/firewall/address-list/add list=isolir address=10.10.0.5/32 comment=netledger");

        assertThat(api.execute("/ip/firewall/address-list/print where list=isolir and address=10.10.0.5"))
                .singleElement().satisfies(entry -> assertThat(entry)
                        .containsEntry("comment", "netledger")
                        .containsEntry("dynamic", "false")
                        .containsKey("creation-time"));
        assertThatThrownBy(() -> api.execute("/ip/firewall/address-list/add list=isolir address=10.10.0.5"))
                .hasMessage("failure: already have such entry");
        api.execute("/ip/firewall/address-list/add list=other address=10.10.0.5");
        assertThat(router.state().records("/ip/firewall/address-list")).hasSize(2);
    }

    @Test
    void simpleQueuesNeedATargetAndAWellFormedLimit() throws Exception {
        api.execute("/queue/simple/add name=cust-42 target=10.10.0.42/32 max-limit=10M/20M");

        assertThat(router.state().find("/queue/simple", "name", "cust-42").orElseThrow())
                .containsEntry("target", "10.10.0.42/32")
                .containsEntry("max-limit", "10M/20M")
                .containsEntry("limit-at", "0/0");
        assertThatThrownBy(() -> api.execute("/queue/simple/add name=cust-43 max-limit=10M/20M"))
                .hasMessage("failure: target not specified");
        assertThatThrownBy(() -> api.execute("/queue/simple/add name=cust-43 target=10.10.0.43 max-limit=fast"))
                .hasMessage("invalid value for argument max-limit");
        assertThatThrownBy(() -> api.execute("/queue/simple/add name=cust-42 target=10.10.0.44"))
                .hasMessage("failure: already have queue with such name");
    }

    @Test
    void hotspotUsersCarryTheirLimits() throws Exception {
        String id = api.execute("/ip/hotspot/user/add name=voucher-7 password=x limit-uptime=1d limit-bytes-total=1073741824")
                .get(0).get("ret");

        assertThat(router.state().records("/ip/hotspot/user")).singleElement().satisfies(user -> assertThat(user)
                .containsEntry(".id", id)
                .containsEntry("server", "all")
                .containsEntry("profile", "default")
                .containsEntry("limit-uptime", "1d")
                .containsEntry("limit-bytes-total", "1073741824"));
        assertThatThrownBy(() -> api.execute("/ip/hotspot/user/add name=voucher-7"))
                .hasMessage("failure: already have user with this name");
    }

    @Test
    void pppProfilesTakeRateLimitsWithBurstsAndRefuseGarbage() throws Exception {
        api.execute("/ppp/profile/add name=10M rate-limit=\"5M/10M 10M/20M 4M/8M 16/16 8 1M/2M\"");

        assertThat(router.state().find("/ppp/profile", "name", "10M").orElseThrow())
                .containsEntry("rate-limit", "5M/10M 10M/20M 4M/8M 16/16 8 1M/2M");
        assertThatThrownBy(() -> api.execute("/ppp/profile/add name=bad rate-limit=ten-megs"))
                .hasMessage("invalid value for argument rate-limit");
        assertThatThrownBy(() -> api.execute("/ppp/profile/disable numbers=10M")).hasMessage("no such command");
    }

    @Test
    void logLinesHaveTimeTopicsAndMessageInIdOrder() throws Exception {
        List<Map<String, String>> log = api.execute("/log/print");

        assertThat(log).first().satisfies(line -> assertThat(line)
                .containsEntry("topics", "system,info")
                .containsEntry("message", "router rebooted")
                .hasEntrySatisfying("time", time -> assertThat(time).matches("\\d\\d:\\d\\d:\\d\\d")));
        assertThat(log).extracting(line -> Long.parseLong(line.get(".id").substring(1), 16)).isSorted();
    }
}
