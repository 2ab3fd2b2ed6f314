package io.netledger.saga.polling;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.telemetry.InterfaceRate;
import io.netledger.saga.polling.TrafficBaseline.Movement;
import io.netledger.saga.polling.TrafficBaseline.SessionReading;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrafficBaselineTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    private final TrafficBaseline baseline = new TrafficBaseline();

    @Test
    void theFirstPollIsOnlyABaselineAndCountsNoBytesOfSessionsAlreadyUp() {
        Movement first = baseline.next(T0, DAY, Map.of("ether1", new Counters(10_000_000, 5_000_000)),
                Map.of("*1", session("*1", 900_000_000, 80_000, Duration.ofHours(5))));

        assertThat(first.rates()).isEmpty();
        assertThat(first.sessionBytes()).containsEntry("*1", new Counters(0, 0));
        assertThat(first.since()).containsEntry("*1", T0.minus(Duration.ofHours(5)));
    }

    @Test
    void ratesAreTheCountersDeltaOverTheTimeBetweenPollsInMegabitsPerSecond() {
        baseline.next(T0, DAY, Map.of("ether1", new Counters(0, 0)), Map.of());

        Movement next = baseline.next(T0.plusSeconds(60), DAY.plusSeconds(60),
                Map.of("ether1", new Counters(750_000_000, 75_000_000)), Map.of());

        assertThat(next.rates()).containsExactly(new InterfaceRate("ether1", 100.0, 10.0));
    }

    @Test
    void aSessionSeenAgainCountsWhatMovedAndKeepsTheStartFirstSeen() {
        baseline.next(T0, DAY, Map.of(), Map.of("*1", session("*1", 1_000, 100, Duration.ofMinutes(3))));

        Movement next = baseline.next(T0.plusSeconds(60), DAY.plusSeconds(60), Map.of(),
                Map.of("*1", session("*1", 6_000, 600, Duration.ofMinutes(4).plusSeconds(1))));

        assertThat(next.sessionBytes()).containsEntry("*1", new Counters(5_000, 500));
        assertThat(next.since()).containsEntry("*1", T0.minus(Duration.ofMinutes(3)));
    }

    @Test
    void aSessionThatCameUpSinceThePreviousPollCountsEverythingItMoved() {
        baseline.next(T0, DAY, Map.of(), Map.of());

        Movement next = baseline.next(T0.plusSeconds(60), DAY.plusSeconds(60), Map.of(),
                Map.of("*7", session("*7", 40_000, 2_000, Duration.ofSeconds(30))));

        assertThat(next.sessionBytes()).containsEntry("*7", new Counters(40_000, 2_000));
    }

    @Test
    void aReloginIsANewSessionIdWhoseCountersStartedFromZero() {
        baseline.next(T0, DAY, Map.of(), Map.of("*1", session("*1", 90_000, 9_000, Duration.ofHours(1))));

        Movement next = baseline.next(T0.plusSeconds(60), DAY.plusSeconds(60), Map.of(),
                Map.of("*2", session("*2", 3_000, 300, Duration.ofSeconds(10))));

        assertThat(next.sessionBytes()).containsOnlyKeys("*2").containsEntry("*2", new Counters(3_000, 300));
    }

    @Test
    void anInterfaceCounterThatWentDownWasResetAndCountsFromZero() {
        baseline.next(T0, DAY, Map.of("ether2", new Counters(9_000_000_000L, 9_000_000_000L)), Map.of());

        Movement next = baseline.next(T0.plusSeconds(10), DAY.plusSeconds(10),
                Map.of("ether2", new Counters(12_500_000, 0)), Map.of());

        assertThat(next.rates()).containsExactly(new InterfaceRate("ether2", 10.0, 0.0));
    }

    @Test
    void afterARebootRatesAreTheCountersSinceTheBootOverTheUptimeAndOldSessionsAreForgotten() {
        baseline.next(T0, DAY, Map.of("ether1", new Counters(5_000_000_000L, 1_000_000_000L)),
                Map.of("*1", session("*1", 70_000, 7_000, Duration.ofHours(2))));

        // RouterOS numbers sessions anew after a boot: the same id may name another login
        Movement next = baseline.next(T0.plusSeconds(60), Duration.ofSeconds(20),
                Map.of("ether1", new Counters(25_000_000, 2_500_000)),
                Map.of("*1", session("*1", 1_000, 10, Duration.ofSeconds(5))));

        assertThat(next.rates()).containsExactly(new InterfaceRate("ether1", 10.0, 1.0));
        assertThat(next.sessionBytes()).containsEntry("*1", new Counters(1_000, 10));
        assertThat(next.since()).containsEntry("*1", T0.plusSeconds(55));
    }

    private static SessionReading session(String id, long rx, long tx, Duration uptime) {
        // a session's interface receives what the customer uploads: rx is his upload, tx his download
        return new SessionReading(id, new Counters(rx, tx), uptime);
    }
}
