package io.netledger.routeros.simulator;

import static io.netledger.routeros.simulator.MikrotikJavaLoginTest.loggedIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import me.legrange.mikrotik.ApiConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What happens on a simulated router reaches its {@code /log} as RouterOS words it, read over the real API. */
class RouterLogEventsTest {

    private RouterOsSimulator router;
    private ApiConnection api;

    @AfterEach
    void stop() throws Exception {
        api.close();
        router.close();
    }

    @Test
    void pppLoginAndLogoutAreLoggedWithTopicsAddressAndCallerAndComeAndGoOnPppActive() throws Exception {
        start("7.16");
        router.logEvents().pppLogin("alice", "10.99.0.2", "52:54:00:AA:00:03");
        assertThat(api.execute("/ppp/active/print")).singleElement()
                .satisfies(session -> assertThat(session).containsEntry("name", "alice")
                        .containsEntry("address", "10.99.0.2").containsEntry("caller-id", "52:54:00:AA:00:03"));

        router.logEvents().pppLogout("alice", "peer is not responding", 143, 115_036, 112_418);

        assertThat(api.execute("/ppp/active/print")).isEmpty();
        assertThat(lines()).contains(
                "pppoe,ppp,info,account alice logged in, 10.99.0.2 from 52:54:00:AA:00:03",
                "pppoe,ppp,info <pppoe-alice>: terminating... - peer is not responding",
                "pppoe,ppp,info,account alice logged out, 143 115036 112418 115 112 from 52:54:00:AA:00:03");
    }

    @Test
    void routerOsSixLeavesTheCallerOutOfItsAccountLines() throws Exception {
        start("6.49.10");
        router.logEvents().pppLogin("budi", "10.99.0.9", "52:54:00:AA:00:09");
        assertThat(lines()).contains("pppoe,ppp,info,account budi logged in, 10.99.0.9");
    }

    @Test
    void failedLoginsAndFirewallHitsAreLogged() throws Exception {
        start("7.16");
        router.logEvents().pppLoginFailed("alice", "52:54:00:AA:00:03", 16);
        router.logEvents().hotspotLoginFailed("bob", "10.5.50.7", "invalid username or password");
        router.logEvents().firewallHit("drop-wan", "forward", "<pppoe-alice>", "ether1", "TCP",
                "10.99.0.2", 51234, "93.184.216.34", 443);
        assertThat(lines()).contains(
                "pppoe,ppp,error <0010>: user alice authentication failed",
                "hotspot,info,debug bob (10.5.50.7): login failed: invalid username or password",
                "firewall,info drop-wan forward: in:<pppoe-alice> out:ether1, connection-state:new "
                        + "src-mac 4c:5e:0c:5a:31:01, proto TCP (SYN), 10.99.0.2:51234->93.184.216.34:443, len 60");
    }

    @Test
    void idsCountUpAndARebootNumbersTheLogFromOneAgain() throws Exception {
        start("7.16");
        router.logEvents().line("script,warning", "before the reboot");
        List<Long> before = ids();
        assertThat(before).isSorted().doesNotHaveDuplicates();
        assertThat(before.get(before.size() - 1)).isGreaterThan(4);

        router.logEvents().reboot();

        List<Map<String, String>> after = api.execute("/log/print");
        assertThat(after).first().satisfies(first -> assertThat(first)
                .containsEntry(".id", "*1").containsEntry("topics", "system,info")
                .containsEntry("message", "router rebooted"));
        assertThat(after).extracting(line -> line.get("message")).doesNotContain("before the reboot");
        assertThat(api.execute("/system/resource/print").get(0).get("uptime")).matches("\\d+s");
    }

    private void start(String version) throws Exception {
        router = RouterOsSimulator.start(SimulatorConfig.defaults().withVersion(version));
        api = loggedIn(router);
    }

    private List<String> lines() throws Exception {
        return api.execute("/log/print").stream().map(line -> line.get("topics") + " " + line.get("message")).toList();
    }

    private List<Long> ids() throws Exception {
        return api.execute("/log/print").stream().map(line -> Long.parseLong(line.get(".id").substring(1), 16)).toList();
    }
}
