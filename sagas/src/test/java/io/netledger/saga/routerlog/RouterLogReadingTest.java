package io.netledger.saga.routerlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.telemetry.RouterLogCursor;
import io.netledger.api.telemetry.RouterLogLine;
import io.netledger.routeros.RouterItemId;
import io.netledger.routeros.RouterLogEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RouterLogReadingTest {

    private static final Instant BOOT = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void aFirstReadTakesTheWholeLog() {
        RouterLogReading reading = RouterLogReading.of(Optional.empty(), log(1, 3, "a"), BOOT);
        assertThat(ids(reading)).containsExactly("*1", "*2", "*3");
        assertThat(reading.next().lastId()).isEqualTo("*3");
        assertThat(reading.next().bootedAt()).isEqualTo(BOOT);
    }

    @Test
    void laterReadsTakeOnlyWhatCameAfterTheCursor() {
        List<RouterLogEntry> log = log(1, 5, "a");
        RouterLogCursor cursor = cursorAt(log.get(2), BOOT);
        RouterLogReading reading = RouterLogReading.of(Optional.of(cursor), log, BOOT.plusSeconds(1));
        assertThat(ids(reading)).containsExactly("*4", "*5");
        assertThat(reading.restarted()).isFalse();
        // the boot moment of an uptime a second off is the same boot
        assertThat(reading.next().bootedAt()).isEqualTo(BOOT);
    }

    @Test
    void nothingNewKeepsTheCursor() {
        List<RouterLogEntry> log = log(1, 3, "a");
        RouterLogCursor cursor = cursorAt(log.get(2), BOOT);
        RouterLogReading reading = RouterLogReading.of(Optional.of(cursor), log, BOOT);
        assertThat(reading.lines()).isEmpty();
        assertThat(reading.next()).isEqualTo(cursor);
    }

    @Test
    void aRebootWhoseNumberingHasPassedTheCursorIsToldByTheUptime() {
        RouterLogCursor cursor = cursorAt(log(1, 3, "before").get(2), BOOT);
        List<RouterLogEntry> afterReboot = log(1, 8, "after");
        RouterLogReading reading = RouterLogReading.of(Optional.of(cursor), afterReboot, BOOT.plusSeconds(3600));
        assertThat(ids(reading)).hasSize(8).startsWith("*1");
        assertThat(reading.restarted()).isTrue();
        assertThat(reading.next().bootedAt()).isEqualTo(BOOT.plusSeconds(3600));
    }

    @Test
    void aRebootIsToldByTheLineUnderTheCursorsIdWhenNoUptimeWasRead() {
        RouterLogCursor cursor = cursorAt(log(1, 3, "before").get(2), null);
        RouterLogReading reading = RouterLogReading.of(Optional.of(cursor), log(1, 8, "after"), null);
        assertThat(ids(reading)).hasSize(8);
        assertThat(reading.restarted()).isTrue();
    }

    @Test
    void aRebootWithFewerLinesThanBeforeIsToldByTheNumbering() {
        RouterLogCursor cursor = cursorAt(log(1, 40, "before").get(39), null);
        RouterLogReading reading = RouterLogReading.of(Optional.of(cursor), log(1, 2, "after"), null);
        assertThat(ids(reading)).containsExactly("*1", "*2");
        assertThat(reading.restarted()).isTrue();
    }

    @Test
    void aLogThatWentRoundBetweenReadsIsAllNewWithAGap() {
        RouterLogCursor cursor = cursorAt(log(1, 10, "a").get(9), BOOT);
        RouterLogReading reading = RouterLogReading.of(Optional.of(cursor), log(2000, 2999, "a"), BOOT);
        assertThat(reading.lines()).hasSize(1000);
        assertThat(reading.gap()).isTrue();
        assertThat(reading.restarted()).isFalse();
    }

    @Test
    void idsCompareAsNumbersNotText() {
        List<RouterLogEntry> log = log(9, 17, "a"); // *9 .. *11 in hex
        RouterLogReading reading = RouterLogReading.of(Optional.of(cursorAt(log.get(0), BOOT)), log, BOOT);
        assertThat(ids(reading)).containsExactly("*A", "*B", "*C", "*D", "*E", "*F", "*10", "*11");
    }

    private static RouterLogCursor cursorAt(RouterLogEntry entry, Instant booted) {
        return new RouterLogCursor(entry.id().value(), RouterLogReading.print(entry), booted);
    }

    private static List<RouterLogEntry> log(long first, long last, String text) {
        return LongStream.rangeClosed(first, last).mapToObj(n -> new RouterLogEntry(
                new RouterItemId("*" + Long.toHexString(n).toUpperCase()), "12:00:00", "system,info", text + " " + n))
                .toList();
    }

    private static List<String> ids(RouterLogReading reading) {
        return reading.lines().stream().map(RouterLogLine::routerId).toList();
    }
}
