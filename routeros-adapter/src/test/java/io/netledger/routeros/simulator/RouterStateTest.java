package io.netledger.routeros.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class RouterStateTest {

    private final RouterState state = new RouterState(RouterOsVersion.parse("7.16"), Clock.systemUTC());

    @Test
    void aFreshRouterHasTheFactoryProfilesTwoPortsItsResourcesAndABootLog() {
        assertThat(state.records("/ppp/profile")).extracting(p -> p.get(".id") + " " + p.get("name"))
                .containsExactly("*0 default", "*FFFFFFFE default-encryption");
        assertThat(state.records("/interface")).extracting(i -> i.get("name")).containsExactly("ether1", "ether2");
        assertThat(state.records("/system/resource")).singleElement()
                .satisfies(resource -> assertThat(resource).containsEntry("version", "7.16 (stable)"));
        assertThat(state.records("/log")).extracting(line -> line.get("message")).contains("router rebooted");
        assertThat(state.records("/ppp/secret")).isEmpty();
    }

    @Test
    void seedingFillsInTheMenuDefaultsAndTurnsYesNoIntoTrueFalse() {
        String id = state.add("/ppp/active", Map.of("name", "alice", "radius", "yes"));

        assertThat(state.find("/ppp/active", ".id", id).orElseThrow())
                .containsEntry("service", "pppoe")
                .containsEntry("uptime", "0s")
                .containsEntry("radius", "true")
                .containsKey("session-id");
    }

    @Test
    void idsCountUpInHexPerMenuAndDoNotRestartAfterClear() {
        for (int i = 1; i <= 9; i++) {
            state.add("/queue/simple", Map.of("target", "10.0.0." + i));
        }
        assertThat(state.add("/queue/simple", Map.of("target", "10.0.0.10"))).isEqualTo("*A");
        assertThat(state.add("/ip/hotspot/user", Map.of("name", "v1"))).isEqualTo("*1");

        state.clear("/queue/simple");

        assertThat(state.add("/queue/simple", Map.of("target", "10.0.0.11"))).isEqualTo("*B");
        assertThat(state.records("/queue/simple")).singleElement()
                .satisfies(queue -> assertThat(queue).containsEntry("name", "queue11"));
    }

    @Test
    void setMergesAndRemoveDeletes() {
        String id = state.add("/ppp/secret", Map.of("name", "alice", "password", "one"));

        state.set("/ppp/secret", id, Map.of("password", "two", "disabled", "yes"));
        assertThat(state.records("/ppp/secret")).singleElement().satisfies(secret -> assertThat(secret)
                .containsEntry(".id", id).containsEntry("name", "alice").containsEntry("password", "two")
                .containsEntry("disabled", "true"));

        state.remove("/ppp/secret", id);
        assertThat(state.records("/ppp/secret")).isEmpty();
    }

    @Test
    void refusesMenusItDoesNotHoldAndItemsItDoesNotHave() {
        assertThatThrownBy(() -> state.records("/ip/address")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/ip/address");
        assertThatThrownBy(() -> state.set("/ppp/secret", "*42", Map.of("password", "x")))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> state.remove("/ppp/secret", "alice")).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> state.add("/system/resource", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsAreCopies() {
        assertThatThrownBy(() -> state.records("/interface").get(0).put("name", "wan"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void routerOs6WritesDatesTheOldWay() {
        Clock clock = Clock.fixed(Instant.parse("2024-09-20T13:00:27Z"), ZoneOffset.UTC);
        RouterState v6 = new RouterState(RouterOsVersion.parse("6.49.10"), clock);
        RouterState v7 = new RouterState(RouterOsVersion.parse("7.16.1"), clock);

        v6.add("/ip/firewall/address-list", Map.of("list", "isolir", "address", "10.0.0.1"));
        v7.add("/ip/firewall/address-list", Map.of("list", "isolir", "address", "10.0.0.1"));

        assertThat(v6.records("/ip/firewall/address-list").get(0)).containsEntry("creation-time", "sep/20/2024 13:00:27");
        assertThat(v7.records("/ip/firewall/address-list").get(0)).containsEntry("creation-time", "2024-09-20 13:00:27");
    }

    @Test
    void writesUptimesLeavingOutZeroUnits() {
        assertThat(RouterClock.uptime(Duration.ZERO)).isEqualTo("0s");
        assertThat(RouterClock.uptime(Duration.ofSeconds(59))).isEqualTo("59s");
        assertThat(RouterClock.uptime(Duration.ofDays(9).plusHours(3).plusSeconds(4))).isEqualTo("1w2d3h4s");
    }

    @Test
    void versionsDecideLoginAndEmptyReplies() {
        assertThat(RouterOsVersion.parse("6.42.12").usesChallengeLogin()).isTrue();
        assertThat(RouterOsVersion.parse("6.43").usesChallengeLogin()).isFalse();
        assertThat(RouterOsVersion.parse("7.17.2").answersEmpty()).isFalse();
        assertThat(RouterOsVersion.parse("7.18").answersEmpty()).isTrue();
        assertThatThrownBy(() -> RouterOsVersion.parse("seven")).isInstanceOf(IllegalArgumentException.class);
    }
}
