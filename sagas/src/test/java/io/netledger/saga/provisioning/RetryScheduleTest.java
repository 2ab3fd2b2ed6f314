package io.netledger.saga.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final RetrySchedule ROUTER = RetrySchedule.forRebootingRouter();

    /** Always draws the given end of the requested range, to pin jitter to its bounds. */
    private record Extreme(boolean highest) implements RandomGenerator {

        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("only bounded draws are expected");
        }

        @Override
        public long nextLong(long bound) {
            return highest ? bound - 1 : 0;
        }
    }

    private static List<Duration> delays(RetrySchedule schedule) {
        List<Duration> delays = new ArrayList<>();
        for (int attempt = 1; schedule.delayBeforeAttempt(attempt).isPresent(); attempt++) {
            delays.add(schedule.delayBeforeAttempt(attempt).orElseThrow());
        }
        return delays;
    }

    private static List<Duration> seconds(long... seconds) {
        return Arrays.stream(seconds).mapToObj(Duration::ofSeconds).toList();
    }

    @Test
    void doublesFromFiveSecondsUpToTenMinutesOverTwelveAttemptsForARebootingRouter() {
        assertThat(delays(ROUTER)).containsExactlyElementsOf(
                seconds(0, 5, 10, 20, 40, 80, 160, 320, 600, 600, 600, 600));
    }

    @Test
    void triesTheOriginalCallAtOnce() {
        assertThat(ROUTER.delayBeforeAttempt(1)).contains(Duration.ZERO);
    }

    @Test
    void neverWaitsLongerThanTheCap() {
        RetrySchedule schedule = RetrySchedule.exponential(Duration.ofSeconds(1), 10, Duration.ofSeconds(30), 6);

        assertThat(delays(schedule)).containsExactlyElementsOf(seconds(0, 1, 10, 30, 30, 30));
    }

    @Test
    void saturatesAtTheCapInsteadOfOverflowingOnALongSchedule() {
        RetrySchedule schedule = RetrySchedule.exponential(Duration.ofSeconds(5), 2, Duration.ofMinutes(10), 10_000);

        assertThat(schedule.delayBeforeAttempt(10_000)).contains(Duration.ofMinutes(10));
    }

    @Test
    void supportsFractionalMultipliers() {
        RetrySchedule schedule = RetrySchedule.exponential(Duration.ofSeconds(2), 1.5, Duration.ofMinutes(1), 4);

        assertThat(delays(schedule)).containsExactly(Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(3),
                Duration.ofMillis(4_500));
    }

    @Test
    void waitsTheSameEachTimeWithMultiplierOne() {
        RetrySchedule schedule = RetrySchedule.exponential(Duration.ofSeconds(30), 1, Duration.ofSeconds(30), 4);

        assertThat(delays(schedule)).containsExactlyElementsOf(seconds(0, 30, 30, 30));
    }

    @Test
    void hasNoDelayOnceAttemptsAreSpent() {
        assertThat(ROUTER.delayBeforeAttempt(12)).isPresent();
        assertThat(ROUTER.delayBeforeAttempt(13)).isEmpty();
        assertThat(ROUTER.delayBeforeAttempt(1_000)).isEmpty();
    }

    @Test
    void isExhaustedAfterTheLastAttempt() {
        assertThat(ROUTER.isExhausted(0)).isFalse();
        assertThat(ROUTER.isExhausted(11)).isFalse();
        assertThat(ROUTER.isExhausted(12)).isTrue();
        assertThat(ROUTER.isExhausted(13)).isTrue();
        assertThat(ROUTER.maxAttempts()).isEqualTo(12);
    }

    @Test
    void singleAttemptScheduleNeverRetries() {
        RetrySchedule once = RetrySchedule.exponential(Duration.ofSeconds(1), 2, Duration.ofSeconds(1), 1);

        assertThat(once.delayBeforeAttempt(1)).contains(Duration.ZERO);
        assertThat(once.delayBeforeAttempt(2)).isEmpty();
        assertThat(once.isExhausted(1)).isTrue();
    }

    @Test
    void fullJitterReachesTheBackoffAtMost() {
        RetrySchedule highest = ROUTER.withFullJitter(new Extreme(true));

        assertThat(delays(highest)).containsExactlyElementsOf(delays(ROUTER));
    }

    @Test
    void equalJitterWaitsAtLeastHalfTheBackoffAndAtMostAllOfIt() {
        RetrySchedule lowest = ROUTER.withEqualJitter(new Extreme(false));
        RetrySchedule highest = ROUTER.withEqualJitter(new Extreme(true));
        assertThat(lowest.delayBeforeAttempt(2)).contains(Duration.ofMillis(2_500));
        assertThat(highest.delayBeforeAttempt(2)).contains(Duration.ofSeconds(5));
        assertThat(lowest.delayBeforeAttempt(12)).contains(Duration.ofMinutes(5));
        assertThat(lowest.delayBeforeAttempt(1)).contains(Duration.ZERO);
        assertThat(lowest).hasToString("RetrySchedule[PT5S x2.0 up to PT10M, 12 attempts, equal jitter]");
    }

    @Test
    void fullJitterCanWaitNothingAtLeast() {
        RetrySchedule lowest = ROUTER.withFullJitter(new Extreme(false));

        assertThat(delays(lowest)).hasSize(12).containsOnly(Duration.ZERO);
    }

    @Test
    void jitteredDelaysStayBetweenZeroAndTheBackoff() {
        RetrySchedule jittered = ROUTER.withFullJitter(new SplittableRandom(42));
        List<Duration> ceilings = delays(ROUTER);

        IntStream.range(0, 200).forEach(run -> {
            List<Duration> drawn = delays(jittered);
            assertThat(drawn).hasSameSizeAs(ceilings);
            for (int i = 0; i < drawn.size(); i++) {
                assertThat(drawn.get(i)).isBetween(Duration.ZERO, ceilings.get(i));
            }
        });
    }

    @Test
    void jitterIsReproducibleFromTheSameSeed() {
        List<Duration> first = delays(ROUTER.withFullJitter(new SplittableRandom(7)));
        List<Duration> second = delays(ROUTER.withFullJitter(new SplittableRandom(7)));

        assertThat(first).isEqualTo(second).isNotEqualTo(delays(ROUTER));
    }

    @Test
    void jitterDoesNotChangeHowManyAttemptsThereAre() {
        RetrySchedule jittered = ROUTER.withFullJitter(new SplittableRandom(1));

        assertThat(jittered.delayBeforeAttempt(13)).isEmpty();
        assertThat(jittered.isExhausted(12)).isTrue();
    }

    @Test
    void refusesAttemptNumbersBelowOne() {
        assertThatThrownBy(() -> ROUTER.delayBeforeAttempt(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ROUTER.delayBeforeAttempt(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ROUTER.isExhausted(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNonPositiveInitialDelay() {
        assertThatThrownBy(() -> RetrySchedule.exponential(Duration.ZERO, 2, Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetrySchedule.exponential(Duration.ofSeconds(-1), 2, Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetrySchedule.exponential(null, 2, Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMultiplierBelowOneOrNotFinite() {
        for (double multiplier : new double[] {0.5, 0, -2, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> RetrySchedule.exponential(Duration.ofSeconds(1), multiplier,
                    Duration.ofMinutes(1), 3))
                    .as("multiplier %s", multiplier)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesCapBelowTheInitialDelayOrAboveADay() {
        assertThatThrownBy(() -> RetrySchedule.exponential(Duration.ofSeconds(10), 2, Duration.ofSeconds(5), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetrySchedule.exponential(Duration.ofSeconds(10), 2, null, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetrySchedule.exponential(Duration.ofSeconds(10), 2, Duration.ofDays(2), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesFewerThanOneAttempt() {
        assertThatThrownBy(() -> RetrySchedule.exponential(Duration.ofSeconds(1), 2, Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesJitterWithoutARandomGenerator() {
        assertThatThrownBy(() -> ROUTER.withFullJitter(null)).isInstanceOf(NullPointerException.class);
    }
}
