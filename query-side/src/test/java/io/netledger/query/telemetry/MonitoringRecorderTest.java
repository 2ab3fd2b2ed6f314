package io.netledger.query.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.api.telemetry.InterfaceRate;
import io.netledger.api.telemetry.NasPolled;
import io.netledger.api.telemetry.SubscriberSession;
import io.netledger.query.ProjectionTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MonitoringRecorderTest extends ProjectionTest {

    private static final Instant DECEMBER = Instant.parse("2026-12-07T10:00:00Z");
    private static final Instant JANUARY = Instant.parse("2027-01-03T10:00:00Z");

    @Autowired
    private MonitoringRecorder recorder;

    @Test
    void aPollIsOneRowPerNasMetricPerInterfaceDirectionAndPerSubscriptionDirectionInItsMonthsPartition() {
        long nas = Ids.next();
        long alice = Ids.next();
        recorder.record(new NasPolled(nas, DECEMBER, 12, 33.25, 3_600,
                List.of(new InterfaceRate("ether1", 95.5, 12.25)), 1,
                List.of(new SubscriberSession(alice, DECEMBER.minusSeconds(600), "10.10.0.2", "AA:BB:CC:00:00:01",
                        6_000_000, 1_000_000))));
        recorder.record(new NasPolled(nas, JANUARY, 14, 30.0, 60, List.of(), 0, List.of()));

        assertThat(jdbc.queryForList("""
                select metric_type, value::text as value, unit, subscription_id, additional_data ->> 'interface' as line
                from monitoring_data_202612 where nas_server_id = ? order by metric_type, line""", nas))
                .extracting(row -> row.get("metric_type") + " " + row.get("value") + " " + row.get("unit") + " "
                        + row.get("subscription_id") + " " + row.get("line"))
                .containsExactly(
                        "bandwidth_in 95.5000 Mbps null ether1",
                        "bandwidth_out 12.2500 Mbps null ether1",
                        "bytes_down 6000000.0000 bytes " + alice + " null",
                        "bytes_up 1000000.0000 bytes " + alice + " null",
                        "connection_count 1.0000 sessions null null",
                        "cpu_usage 12.0000 percent null null",
                        "memory_usage 33.2500 percent null null",
                        "uptime 3600.0000 seconds null null");
        assertThat(count("select 1 from monitoring_data_202701 where nas_server_id = ?", nas)).isEqualTo(4);
        assertThat(row("select additional_data::text as how from monitoring_data where subscription_id = ? limit 1",
                alice)).containsEntry("how", "{\"since\": \"2026-12-07T09:50:00Z\", \"address\": \"10.10.0.2\", "
                + "\"callerMac\": \"AA:BB:CC:00:00:01\"}");
    }

    @Test
    void theLastPollAndTheSessionsFollowEachPollAndASessionGoneIsOffline() {
        long nas = Ids.next();
        long alice = Ids.next();
        long bob = Ids.next();
        Instant since = DECEMBER.minusSeconds(60);
        recorder.record(new NasPolled(nas, DECEMBER, 10, 20.0, 100, List.of(), 2, List.of(
                new SubscriberSession(alice, since, "10.10.0.2", null, 0, 0),
                new SubscriberSession(bob, since, "10.10.0.3", null, 0, 0))));
        recorder.record(new NasPolled(nas, DECEMBER.plusSeconds(60), 11, 21.0, 160, List.of(), 1, List.of(
                new SubscriberSession(alice, since, "10.10.0.2", null, 10, 1))));

        assertThat(row("select cpu_usage, connection_count, uptime_seconds from nas_server_polls where nas_server_id = ?",
                nas)).isEqualTo(Map.of("cpu_usage", 11, "connection_count", 1, "uptime_seconds", 160L));
        assertThat(jdbc.queryForList("select subscription_id, online from subscription_sessions where nas_server_id = ?"
                + " order by subscription_id", nas)).extracting(row -> row.get("online")).containsExactly(true, false);
    }

    @Test
    void twoSessionsOfOneAccountAreBothCountedAndOneSessionRow() {
        long nas = Ids.next();
        long alice = Ids.next();
        recorder.record(new NasPolled(nas, DECEMBER, 10, 20.0, 100, List.of(), 2, List.of(
                new SubscriberSession(alice, DECEMBER, "10.10.0.2", null, 100, 10),
                new SubscriberSession(alice, DECEMBER, "10.10.0.3", null, 200, 20))));

        assertThat(jdbc.queryForObject("select sum(value)::bigint from monitoring_data where subscription_id = ?"
                + " and metric_type = 'bytes_down'", Long.class, alice)).isEqualTo(300);
        assertThat(row("select address from subscription_sessions where subscription_id = ?", alice))
                .containsEntry("address", "10.10.0.3");
    }

    @Test
    void aNasNoLongerSeenLeavesNoneOfItsSubscriptionsOnline() {
        long nas = Ids.next();
        long alice = Ids.next();
        recorder.record(new NasPolled(nas, DECEMBER, 10, 20.0, 100, List.of(), 1, List.of(
                new SubscriberSession(alice, DECEMBER, "10.10.0.2", null, 0, 0))));

        recorder.unseen(nas, DECEMBER.plusSeconds(180));

        assertThat(row("select online, last_seen from subscription_sessions where subscription_id = ?", alice))
                .containsEntry("online", false);
    }

    @Test
    void anOlderPollArrivingLateDoesNotHideTheNewerOne() {
        long nas = Ids.next();
        recorder.record(new NasPolled(nas, DECEMBER.plusSeconds(60), 50, 20.0, 160, List.of(), 0, List.of()));
        recorder.record(new NasPolled(nas, DECEMBER, 10, 20.0, 100, List.of(), 0, List.of()));

        assertThat(jdbc.queryForObject("select cpu_usage from nas_server_polls where nas_server_id = ?", Integer.class,
                nas)).isEqualTo(50);
    }

    @Test
    void textFromARouterIsEscapedIntoJson() {
        assertThat(JsonText.object("a", "say \"hi\"\\\n", "b", null, "c", "nul\0")).isEqualTo(
                "{\"a\":\"say \\\"hi\\\"\\\\\\u000a\",\"c\":\"nul\uFFFD\"}");
    }
}
