package io.netledger.query.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.telemetry.NetworkLogType;
import io.netledger.api.telemetry.RouterLogLine;
import org.junit.jupiter.api.Test;

class RouterLogClassifierTest {

    private final RouterLogClassifier classifier = new RouterLogClassifier();

    @Test
    void pppLoginIsAuthenticationNamingUserAddressAndCaller() {
        ClassifiedLine line = read("pppoe,ppp,info,account", "alice logged in, 10.99.0.2 from 52:54:00:AA:00:03");
        assertThat(line.logType()).isEqualTo(NetworkLogType.AUTHENTICATION);
        assertThat(line.pppUser()).isEqualTo("alice");
        assertThat(line.sourceIp()).isEqualTo("10.99.0.2");
        assertThat(line.details()).containsEntry("event", "login").containsEntry("callerId", "52:54:00:AA:00:03")
                .containsEntry("severity", "info").containsEntry("routerId", "*1A");
    }

    @Test
    void routerOsSixLoginHasNoCaller() {
        ClassifiedLine line = read("pppoe,ppp,info,account", "budi logged in, 10.99.0.9");
        assertThat(line.pppUser()).isEqualTo("budi");
        assertThat(line.details()).doesNotContainKey("callerId");
    }

    @Test
    void pppLogoutCarriesUptimeAndBytes() {
        ClassifiedLine line = read("pppoe,ppp,info,account",
                "alice logged out, 143 115036 112418 106 92 from 52:54:00:AA:00:03");
        assertThat(line.logType()).isEqualTo(NetworkLogType.AUTHENTICATION);
        assertThat(line.details()).containsEntry("event", "logout").containsEntry("uptimeSeconds", 143L)
                .containsEntry("bytesIn", 115036L).containsEntry("bytesOut", 112418L);
    }

    @Test
    void failedPppLoginIsAuthenticationWithItsReason() {
        ClassifiedLine line = read("pppoe,ppp,error", "<0010>: user alice authentication failed");
        assertThat(line.logType()).isEqualTo(NetworkLogType.AUTHENTICATION);
        assertThat(line.pppUser()).isEqualTo("alice");
        assertThat(line.details()).containsEntry("event", "login_failed")
                .containsEntry("reason", "authentication failed").containsEntry("severity", "error");
    }

    @Test
    void failedHotspotLoginKeepsTheHotspotsReason() {
        ClassifiedLine line = read("hotspot,info,debug", "bob (10.5.50.7): login failed: invalid username or password");
        assertThat(line.logType()).isEqualTo(NetworkLogType.AUTHENTICATION);
        assertThat(line.pppUser()).isEqualTo("bob");
        assertThat(line.sourceIp()).isEqualTo("10.5.50.7");
        assertThat(line.details()).containsEntry("reason", "invalid username or password");
    }

    @Test
    void sessionGoingDownIsConnectionWithTheReason() {
        ClassifiedLine line = read("pppoe,ppp,info", "<pppoe-alice>: terminating... - peer is not responding");
        assertThat(line.logType()).isEqualTo(NetworkLogType.CONNECTION);
        assertThat(line.pppUser()).isEqualTo("alice");
        assertThat(line.details()).containsEntry("event", "terminating").containsEntry("reason", "peer is not responding");
    }

    @Test
    void firewallHitIsConnectionWithSourceDestinationAndPorts() {
        ClassifiedLine line = read("firewall,info", "drop-wan forward: in:<pppoe-alice> out:ether1, connection-state:new "
                + "src-mac 4c:5e:0c:5a:31:01, proto TCP (SYN), 10.99.0.2:51234->93.184.216.34:443, len 60");
        assertThat(line.logType()).isEqualTo(NetworkLogType.CONNECTION);
        assertThat(line.sourceIp()).isEqualTo("10.99.0.2");
        assertThat(line.destinationIp()).isEqualTo("93.184.216.34");
        assertThat(line.port()).isEqualTo(443);
        assertThat(line.pppUser()).isEqualTo("alice");
        assertThat(line.details()).containsEntry("sourcePort", 51234).containsEntry("destinationPort", 443)
                .containsEntry("protocol", "TCP").containsEntry("chain", "forward").containsEntry("prefix", "drop-wan");
    }

    @Test
    void firewallHitAsTheManualPrintsItWithoutPrefix() {
        ClassifiedLine line = read("firewall,info", "input: in:ether1 out:(none), src-mac 00:21:29:6d:82:07, "
                + "proto UDP, 10.1.101.1:520->10.1.101.255:520, len 452");
        assertThat(line.sourceIp()).isEqualTo("10.1.101.1");
        assertThat(line.destinationIp()).isEqualTo("10.1.101.255");
        assertThat(line.port()).isEqualTo(520);
        assertThat(line.pppUser()).isNull();
        assertThat(line.address()).isEqualTo("10.1.101.1");
        assertThat(line.details()).containsEntry("chain", "input").doesNotContainKey("prefix");
    }

    @Test
    void icmpHitHasAddressesWithoutPorts() {
        ClassifiedLine line = read("firewall,info", "forward: in:ether2 out:ether1, connection-state:new "
                + "src-mac 4c:5e:0c:5a:31:01, proto ICMP (type 8, code 0), 10.99.0.2->8.8.8.8, len 84");
        assertThat(line.sourceIp()).isEqualTo("10.99.0.2");
        assertThat(line.destinationIp()).isEqualTo("8.8.8.8");
        assertThat(line.port()).isNull();
    }

    @Test
    void routerAdminLoginsAndFailuresAreAuthentication() {
        assertThat(read("system,info,account", "user admin logged in from 10.1.101.212 via winbox").sourceIp())
                .isEqualTo("10.1.101.212");
        ClassifiedLine failed = read("system,error,critical", "login failure for user admin from 10.1.101.212 via api");
        assertThat(failed.logType()).isEqualTo(NetworkLogType.AUTHENTICATION);
        assertThat(failed.details()).containsEntry("reason", "login failure").containsEntry("user", "admin");
    }

    @Test
    void errorsAndTheRestByTopic() {
        assertThat(read("interface,error", "ether3 excessive broadcasts").logType()).isEqualTo(NetworkLogType.ERROR);
        assertThat(read("system,info", "router rebooted").logType()).isEqualTo(NetworkLogType.SYSTEM);
        assertThat(read("dhcp,info", "dhcp1 assigned 192.168.88.254 to 4C:5E:0C:00:00:01").logType())
                .isEqualTo(NetworkLogType.CONNECTION);
        assertThat(read("", "").logType()).isEqualTo(NetworkLogType.SYSTEM);
    }

    private ClassifiedLine read(String topics, String message) {
        return classifier.classify(new RouterLogLine("*1A", "12:00:00", topics, message));
    }
}
