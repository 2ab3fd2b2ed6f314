package io.netledger.query.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.telemetry.RouterLogLine;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BsdSyslogTest {

    @Test
    void mikrotikLinesCarryHeaderHostAndTopics() {
        assertThat(parse("<30>Dec  7 10:02:11 MikroTik pppoe,ppp,info,account alice logged in, 10.99.0.2"))
                .contains(new RouterLogLine(null, "Dec  7 10:02:11", "pppoe,ppp,info,account", "alice logged in, 10.99.0.2"));
        assertThat(parse("<134>Nov 30 23:59:59 core-1 firewall,info input: in:ether1 out:(none), proto UDP, "
                + "10.1.101.1:520->10.1.101.255:520, len 452")).get()
                .satisfies(line -> {
                    assertThat(line.topics()).isEqualTo("firewall,info");
                    assertThat(line.message()).startsWith("input: in:ether1");
                });
    }

    @Test
    void withoutTopicsTheSeverityOfPriIsTheTopic() {
        assertThat(parse("<27>Dec  7 10:02:11 MikroTik ether3 link down")).get()
                .satisfies(line -> {
                    assertThat(line.topics()).isEqualTo("error");
                    assertThat(line.message()).isEqualTo("ether3 link down");
                });
    }

    @Test
    void aMessageWithoutHeaderIsAllMessage() {
        assertThat(parse("<14>system,info router rebooted"))
                .contains(new RouterLogLine(null, "", "system,info", "router rebooted"));
    }

    @Test
    void whatIsNoSyslogIsRefused() {
        assertThat(parse("hello")).isEmpty();
        assertThat(parse("<999>Dec  7 10:02:11 x y")).isEmpty();
        assertThat(BsdSyslog.parse(new byte[BsdSyslog.MAX_BYTES + 1], BsdSyslog.MAX_BYTES + 1)).isEmpty();
    }

    private static Optional<RouterLogLine> parse(String datagram) {
        byte[] bytes = datagram.getBytes(StandardCharsets.UTF_8);
        return BsdSyslog.parse(bytes, bytes.length);
    }
}
