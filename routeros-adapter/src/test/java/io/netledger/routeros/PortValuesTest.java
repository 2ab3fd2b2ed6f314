package io.netledger.routeros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The rules of the port's small value types. */
class PortValuesTest {

    private static final EncryptedPassword PASSWORD = new EncryptedPassword("k1:bm90LXJlYWxseS1lbmNyeXB0ZWQ=");

    @Test
    void reachesTheStandardApiPortForPlainAndTls() {
        assertThat(RouterLogin.of("10.0.0.1", "netledger", PASSWORD, false).port()).isEqualTo(8728);
        assertThat(RouterLogin.of("10.0.0.1", "netledger", PASSWORD, true).port()).isEqualTo(8729);
    }

    @Test
    void refusesAnEndpointWithoutHostPortOrTimeout() {
        assertThatThrownBy(() -> RouterLogin.of(" ", "netledger", PASSWORD, false))
                .hasMessageContaining("host is required");
        assertThatThrownBy(() -> new RouterLogin("10.0.0.1", 0, "netledger", PASSWORD, false,
                Duration.ofSeconds(5), Duration.ofSeconds(5)))
                .hasMessageContaining("port must be 1-65535");
        assertThatThrownBy(() -> new RouterLogin("10.0.0.1", 8728, "netledger", PASSWORD, false,
                Duration.ZERO, Duration.ofSeconds(5)))
                .hasMessageContaining("connectTimeout must be a positive duration");
    }

    @Test
    void keepsEvenTheCiphertextOutOfLogs() {
        assertThat(RouterLogin.of("10.0.0.1", "netledger", PASSWORD, false).toString())
                .doesNotContain(PASSWORD.ciphertext())
                .contains("EncryptedPassword[***]");
    }

    @Test
    void treatsBlankOptionalSecretValuesAsAbsent() {
        PppSecret secret = new PppSecret("alice", PASSWORD, "10M-20M", "", "  ", " paket rumah ", false);

        assertThat(secret.localAddress()).isNull();
        assertThat(secret.remoteAddress()).isNull();
        assertThat(secret.comment()).isEqualTo("paket rumah");
    }

    @Test
    void refusesASecretWithoutNameOrProfile() {
        assertThatThrownBy(() -> new PppSecret("", PASSWORD, "10M-20M", null, null, null, false))
                .hasMessageContaining("needs a name");
        assertThatThrownBy(() -> new PppSecret("alice", PASSWORD, null, null, null, null, false))
                .hasMessageContaining("needs a profile");
    }

    @Test
    void acceptsOnlyRouterOsItemIds() {
        assertThat(new RouterItemId("*1A").toString()).isEqualTo("*1A");
        assertThat(new RouterItemId("*80000001").value()).isEqualTo("*80000001");
        for (String notAnId : new String[] {"1A", "*", "*1g", "*G", " *1A"}) {
            assertThatThrownBy(() -> new RouterItemId(notAnId)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesImpossibleSystemResourceReadings() {
        assertThatThrownBy(() -> new SystemResource(101, 1, 2, Duration.ZERO, "7.16.1 (stable)", "RB4011"))
                .hasMessageContaining("percentage");
        assertThatThrownBy(() -> new SystemResource(5, 3, 2, Duration.ZERO, "7.16.1 (stable)", "RB4011"))
                .hasMessageContaining("within total memory");
        assertThat(new SystemResource(5, 1, 2, Duration.ofDays(3), "6.49.10 (long-term)", "RB4011").uptime())
                .isEqualTo(Duration.ofDays(3));
    }

    @Test
    void tellsRetryLaterFromWillNeverWork() {
        RouterFailure dropped = new RouterUnavailable("connection reset by 10.0.0.1:8728");
        RouterFailure badLogin = new RouterRejected("invalid user name or password (6)");

        assertThat(RouterFailure.class.getPermittedSubclasses())
                .containsExactlyInAnyOrder(RouterUnavailable.class, RouterRejected.class);
        assertThat(dropped).isInstanceOf(RouterUnavailable.class);
        assertThat(badLogin).isInstanceOf(RouterRejected.class).hasMessage("invalid user name or password (6)");
    }
}
