package io.netledger.query.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.api.IspCalendar;
import io.netledger.api.telemetry.RouterLogCursor;
import io.netledger.api.telemetry.RouterLogLine;
import io.netledger.query.ProjectionTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** Lines of a router's log stored as network_logs rows with their cursor, in real PostgreSQL partitions. */
class NetworkLogBookTest extends ProjectionTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    @Autowired
    private PlatformTransactionManager transactionManager;

    private NetworkLogBook book;
    private long nas;
    private long alice;

    @BeforeEach
    void setUp() {
        book = new NetworkLogBook(jdbc, transactionManager, IspCalendar.fixedAt(NOW, IspCalendar.WIB));
        nas = Ids.next();
        alice = subscription(nas, "alice");
    }

    @Test
    void firstReadStoresTheLinesInTheirMonthsPartitionAndTheCursor() {
        RouterLogCursor to = new RouterLogCursor("*3", "print-3", Instant.parse("2026-12-01T00:00:00Z"));

        assertThat(book.append(nas, Optional.empty(), to, List.of(
                new RouterLogLine("*1", "09:00:00", "pppoe,ppp,info,account", "alice logged in, 10.99.0.2 from 52:54:00:AA:00:03"),
                new RouterLogLine("*2", "nov/30 23:00:00", "system,info", "router rebooted"),
                new RouterLogLine("*3", "09:01:00", "firewall,info", "forward: in:ether2 out:ether1, "
                        + "connection-state:new src-mac 4c:5e:0c:5a:31:01, proto TCP (SYN), 10.99.0.2:51234->1.1.1.1:443, len 60"))))
                .isTrue();

        assertThat(book.cursor(nas)).contains(to);
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select tableoid::regclass::text as partition, subscription_id, log_type, source_ip, port, occurred_at,
                       additional_data ->> 'routerId' as router_id
                from network_logs where nas_server_id = ? order by occurred_at""", nas);
        assertThat(rows).extracting(row -> row.get("partition"))
                .containsExactly("network_logs_202611", "network_logs_202612", "network_logs_202612");
        assertThat(rows).extracting(row -> row.get("log_type")).containsExactly("system", "authentication", "connection");
        assertThat(instant(rows.get(1).get("occurred_at"))).isEqualTo(Instant.parse("2026-12-07T02:00:00Z"));
        // the login names alice; the firewall hit after it comes from the address her login got
        assertThat(rows.get(1).get("subscription_id")).isEqualTo(alice);
        assertThat(rows.get(2).get("subscription_id")).isEqualTo(alice);
        assertThat(rows.get(2).get("port")).isEqualTo(443);
        assertThat(rows.get(0).get("subscription_id")).isNull();
    }

    @Test
    void aReaderWhoseCursorIsNoLongerCurrentStoresNothing() {
        RouterLogCursor first = new RouterLogCursor("*1", "print-1", null);
        assertThat(book.append(nas, Optional.empty(), first, List.of(line("*1", "one")))).isTrue();
        RouterLogCursor second = new RouterLogCursor("*2", "print-2", null);
        assertThat(book.append(nas, Optional.of(first), second, List.of(line("*2", "two")))).isTrue();

        // a second node (or a slow read overtaken) still starting from the first cursor
        assertThat(book.append(nas, Optional.of(first), second, List.of(line("*2", "two")))).isFalse();
        assertThat(book.append(nas, Optional.empty(), first, List.of(line("*1", "one")))).isFalse();

        assertThat(jdbc.queryForList("select message from network_logs where nas_server_id = ? order by id",
                String.class, nas)).containsExactly("one", "two");
        assertThat(jdbc.queryForObject("select lines_read from router_log_cursors where nas_server_id = ?",
                Long.class, nas)).isEqualTo(2);
    }

    @Test
    void anAddressALoginHandedOutNamesItsSubscriberInLaterReads() {
        RouterLogCursor first = new RouterLogCursor("*1", "p1", null);
        book.append(nas, Optional.empty(), first, List.of(new RouterLogLine("*1", "09:00:00", "pppoe,ppp,info,account",
                "alice logged in, 10.99.0.44 from 52:54:00:AA:00:03")));
        book.append(nas, Optional.of(first), new RouterLogCursor("*2", "p2", null), List.of(new RouterLogLine("*2",
                "09:05:00", "firewall,info", "forward: in:ether2 out:ether1, connection-state:new src-mac "
                        + "4c:5e:0c:5a:31:01, proto UDP, 10.99.0.44:5353->8.8.8.8:53, len 60")));

        assertThat(jdbc.queryForObject("select subscription_id from network_logs where nas_server_id = ? and port = 53",
                Long.class, nas)).isEqualTo(alice);
        assertThat(jdbc.queryForObject("select subscription_id from session_addresses where nas_server_id = ? "
                + "and address = '10.99.0.44'", Long.class, nas)).isEqualTo(alice);
    }

    @Test
    void aLoginAsAnotherNasesUserNamesNoSubscription() {
        long other = Ids.next();
        book.append(other, Optional.empty(), new RouterLogCursor("*1", "p", null), List.of(
                new RouterLogLine("*1", "09:00:00", "pppoe,ppp,info,account", "alice logged in, 10.99.0.2")));
        assertThat(jdbc.queryForObject("select subscription_id from network_logs where nas_server_id = ?",
                Long.class, other)).isNull();
    }

    @Test
    void controlCharactersAndNulNeverReachTheTable() {
        book.append(nas, Optional.empty(), new RouterLogCursor("*1", "p", null),
                List.of(new RouterLogLine("*1", "09:00:00", "script,info", "bad\u0000line\u001b[31m")));
        assertThat(jdbc.queryForObject("select message from network_logs where nas_server_id = ?", String.class, nas))
                .isEqualTo("bad line [31m");
    }

    private static RouterLogLine line(String id, String message) {
        return new RouterLogLine(id, "09:00:00", "script,info", message);
    }

    private long subscription(long nasServerId, String username) {
        long id = Ids.next();
        jdbc.update("""
                insert into customer_subscriptions (id, customer_id, service_plan_id, nas_server_id, username,
                    password_encrypted, status, start_date, price, billing_cycle, created_at, updated_at)
                values (?, ?, ?, ?, ?, 'sealed', 'active', date '2026-11-01', 150000, 'monthly', now(), now())""",
                id, Ids.next(), Ids.next(), nasServerId, username);
        return id;
    }
}
