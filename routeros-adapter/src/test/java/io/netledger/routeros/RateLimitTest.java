package io.netledger.routeros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RateLimitTest {

    @Test
    void writesWholeMegabitsWithM() {
        assertThat(new RateLimit(10_000, 20_000).toRouterOs()).isEqualTo("10M/20M");
    }

    @Test
    void putsTheCustomersUploadFirstBecauseRxIsWhatTheRouterReceives() {
        assertThat(new RateLimit(2_000, 10_000).toRouterOs()).isEqualTo("2M/10M");
    }

    @Test
    void writesSpeedsThatAreNotWholeMegabitsInKilobits() {
        assertThat(new RateLimit(1_500, 512).toRouterOs()).isEqualTo("1500k/512k");
    }

    @Test
    void choosesTheUnitForEachDirectionOnItsOwn() {
        assertThat(new RateLimit(512, 20_000).toRouterOs()).isEqualTo("512k/20M");
    }

    @Test
    void writesWholeGigabitsWithG() {
        assertThat(new RateLimit(500_000, 1_000_000).toRouterOs()).isEqualTo("500M/1G");
    }

    @Test
    void refusesSpeedsThatAreNotPositive() {
        assertThatThrownBy(() -> new RateLimit(0, 10_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("upload must be a positive number of kbps");
        assertThatThrownBy(() -> new RateLimit(10_000, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("download must be a positive number of kbps");
    }
}
