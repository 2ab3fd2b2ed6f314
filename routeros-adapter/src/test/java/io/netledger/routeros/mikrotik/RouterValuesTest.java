package io.netledger.routeros.mikrotik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netledger.routeros.RateLimit;
import io.netledger.routeros.RouterItemId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values as RouterOS 6 and 7 print them. */
class RouterValuesTest {

    @Test
    void readsBooleansOfBothVersions() {
        assertThat(RouterValues.flag("yes")).isTrue();
        assertThat(RouterValues.flag("true")).isTrue();
        assertThat(RouterValues.flag("no")).isFalse();
        assertThat(RouterValues.flag("false")).isFalse();
        assertThat(RouterValues.flag((String) null)).isFalse();
    }

    @Test
    void readsDurationsInUnitsAndClockForm() {
        assertThat(RouterValues.duration("1w2d3h4m5s")).isEqualTo(Duration.ofDays(9).plusHours(3).plusMinutes(4).plusSeconds(5));
        assertThat(RouterValues.duration("2d06:13:28")).isEqualTo(Duration.ofDays(2).plusHours(6).plusMinutes(13).plusSeconds(28));
        assertThat(RouterValues.duration("00:00:07.5")).isEqualTo(Duration.ofMillis(7_500));
        assertThat(RouterValues.duration("5s120ms")).isEqualTo(Duration.ofMillis(5_120));
        assertThat(RouterValues.duration("")).isZero();
        assertThatThrownBy(() -> RouterValues.duration("soon")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesDurationsTheWayTheRouterPrintsThem() {
        assertThat(RouterValues.duration(Duration.ofHours(26))).isEqualTo("1d2h");
        assertThat(RouterValues.duration(Duration.ofSeconds(90))).isEqualTo("1m30s");
        assertThat(RouterValues.duration(Duration.ofDays(14))).isEqualTo("2w");
    }

    @Test
    void writesASingleHostAsAPrefix() {
        assertThat(RouterValues.hostPrefix("10.0.0.5")).isEqualTo("10.0.0.5/32");
        assertThat(RouterValues.hostPrefix("10.0.0.0/24")).isEqualTo("10.0.0.0/24");
        assertThat(RouterValues.hostPrefix("2001:db8::5")).isEqualTo("2001:db8::5/128");
    }

    @Test
    void readsTheSpeedsOfARateLimitInAnyUnit() {
        assertThat(RateLimit.fromRouterOs("10M/20M")).contains(new RateLimit(10_000, 20_000));
        assertThat(RateLimit.fromRouterOs("10000000/20000000")).contains(new RateLimit(10_000, 20_000));
        assertThat(RateLimit.fromRouterOs("512k/2M 1M/4M 384k/1500k 16/16 8")).contains(new RateLimit(512, 2_000));
        assertThat(RateLimit.fromRouterOs("5M")).contains(new RateLimit(5_000, 5_000));
        assertThat(RateLimit.fromRouterOs("0/0")).isEmpty();
        assertThat(RateLimit.fromRouterOs("fast")).isEmpty();
        assertThat(RateLimit.fromRouterOs(null)).isEmpty();
    }

    @Test
    void ordersItemIdsByTheirNumber() {
        List<RouterItemId> ids = new ArrayList<>(List.of(new RouterItemId("*1A"), new RouterItemId("*A"),
                new RouterItemId("*0100"), new RouterItemId("*FF")));

        ids.sort(null);

        assertThat(ids).extracting(RouterItemId::value).containsExactly("*A", "*1A", "*FF", "*0100");
    }
}
