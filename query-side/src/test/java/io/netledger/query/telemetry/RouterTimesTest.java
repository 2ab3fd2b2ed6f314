package io.netledger.query.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RouterTimesTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** 2026-12-07 10:00 WIB */
    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    @Test
    void timeOfDayIsToday() {
        assertThat(RouterTimes.resolve("09:58:12", WIB, NOW)).contains(Instant.parse("2026-12-07T02:58:12Z"));
    }

    @Test
    void timeOfDayLaterThanNowIsYesterday() {
        assertThat(RouterTimes.resolve("23:59:00", WIB, NOW)).contains(Instant.parse("2026-12-06T16:59:00Z"));
    }

    @Test
    void monthAndDayAreThisYearOrLast() {
        assertThat(RouterTimes.resolve("dec/05 08:00:00", WIB, NOW)).contains(Instant.parse("2026-12-05T01:00:00Z"));
        assertThat(RouterTimes.resolve("12-05 08:00:00", WIB, NOW)).contains(Instant.parse("2026-12-05T01:00:00Z"));
        assertThat(RouterTimes.resolve("dec/25 08:00:00", WIB, NOW)).contains(Instant.parse("2025-12-25T01:00:00Z"));
    }

    @Test
    void fullDatesOfBothVersions() {
        assertThat(RouterTimes.resolve("sep/20/2025 13:00:27", WIB, NOW)).contains(Instant.parse("2025-09-20T06:00:27Z"));
        assertThat(RouterTimes.resolve("2025-09-20 13:00:27", WIB, NOW)).contains(Instant.parse("2025-09-20T06:00:27Z"));
    }

    @Test
    void bsdSyslogPadsTheDayWithASpace() {
        assertThat(RouterTimes.resolve("Dec  7 09:30:00", WIB, NOW)).contains(Instant.parse("2026-12-07T02:30:00Z"));
        assertThat(RouterTimes.resolve("Nov 30 09:30:00", WIB, NOW)).contains(Instant.parse("2026-11-30T02:30:00Z"));
    }

    @Test
    void anythingElseIsNoTime() {
        assertThat(RouterTimes.resolve("yesterday", WIB, NOW)).isEmpty();
        assertThat(RouterTimes.resolve("", WIB, NOW)).isEmpty();
        assertThat(RouterTimes.resolve("25:00:00", WIB, NOW)).isEmpty();
    }
}
