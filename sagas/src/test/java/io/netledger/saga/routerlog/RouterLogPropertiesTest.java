package io.netledger.saga.routerlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterLogPropertiesTest {

    private final RouterLogProperties defaults = new RouterLogProperties(null, null, null, null);

    @Test
    void everyNasIsReadEveryMinuteUnlessItsConfigurationSays() {
        assertThat(defaults.every()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.intervalOf(null)).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.intervalOf(Map.of("isolirList", "isolir"))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aNasMaySayItsIntervalInSecondsShortFormOrIso() {
        assertThat(defaults.intervalOf(Map.of("logInterval", 30))).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.intervalOf(Map.of("logInterval", "90"))).isEqualTo(Duration.ofSeconds(90));
        assertThat(defaults.intervalOf(Map.of("logInterval", "5m"))).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.intervalOf(Map.of("logInterval", "PT2M"))).isEqualTo(Duration.ofMinutes(2));
        assertThat(defaults.intervalOf(Map.of("pollInterval", "20s"))).as("the polling's interval moves it too")
                .isEqualTo(Duration.ofSeconds(20));
        assertThat(defaults.intervalOf(Map.of("logInterval", "45s", "pollInterval", "20s"))).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void anUnusableIntervalFallsBackOrIsKeptWithinBounds() {
        assertThat(defaults.intervalOf(Map.of("logInterval", "soon"))).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.intervalOf(Map.of("logInterval", -5))).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.intervalOf(Map.of("logInterval", 1))).isEqualTo(RouterLogProperties.SHORTEST);
        assertThat(defaults.intervalOf(Map.of("logInterval", "999h"))).isEqualTo(RouterLogProperties.LONGEST);
    }
}
