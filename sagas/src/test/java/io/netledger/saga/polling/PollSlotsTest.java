package io.netledger.saga.polling;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PollSlotsTest {

    private static final Duration MINUTE = Duration.ofSeconds(60);

    @Test
    void routersRegisteredTogetherArePolledSpreadOverTheIntervalNotAllAtOnce() {
        long[] ids = LongStream.range(0, 200).map(i -> Ids.next()).toArray();
        int[] perTenSeconds = new int[6];
        for (long id : ids) {
            perTenSeconds[(int) (PollSlots.offsetMillis(id, MINUTE) / 10_000)]++;
        }
        // 200 routers over six ten-second stretches: about 33 each, none empty, none holding half
        assertThat(Arrays.stream(perTenSeconds).boxed().toList()).allSatisfy(count -> assertThat(count).isBetween(15, 60));
    }

    @Test
    void aNasEntersANewSlotOncePerInterval() {
        long id = Ids.next();
        Instant start = Instant.parse("2026-12-07T10:00:00Z");
        long first = PollSlots.slot(start, id, MINUTE);
        int entered = 0;
        long last = first;
        for (int second = 1; second <= 600; second++) {
            long slot = PollSlots.slot(start.plusSeconds(second), id, MINUTE);
            if (slot != last) {
                entered++;
                last = slot;
            }
        }
        assertThat(entered).isEqualTo(10);
    }

    @Test
    void theIntervalOfANasComesFromItsConfigurationWhenItIsOne() {
        Duration fallback = MINUTE;
        assertThat(PollSlots.interval(Map.of("pollInterval", 30), fallback)).isEqualTo(Duration.ofSeconds(30));
        assertThat(PollSlots.interval(Map.of("pollInterval", "45s"), fallback)).isEqualTo(Duration.ofSeconds(45));
        assertThat(PollSlots.interval(Map.of("pollInterval", "5m"), fallback)).isEqualTo(Duration.ofMinutes(5));
        assertThat(PollSlots.interval(Map.of(), fallback)).isEqualTo(fallback);
        assertThat(PollSlots.interval(null, fallback)).isEqualTo(fallback);
        Map<String, Object> odd = new HashMap<>();
        for (Object notAnInterval : new Object[] {0, -5, 2.5, "soon", "", true, 1e12, Map.of()}) {
            odd.put("pollInterval", notAnInterval);
            assertThat(PollSlots.interval(odd, fallback)).as("%s", notAnInterval).isEqualTo(fallback);
        }
    }
}
