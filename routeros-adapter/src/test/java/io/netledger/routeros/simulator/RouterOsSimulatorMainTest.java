package io.netledger.routeros.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RouterOsSimulatorMainTest {

    @Test
    void readsEveryOption() {
        assertThat(RouterOsSimulatorMain.configFrom(
                "--port", "18728", "--user", "api", "--password", "pw", "--version", "6.42", "--tls"))
                .isEqualTo(new SimulatorConfig(18728, "api", "pw", "6.42", true));
    }

    @Test
    void servesOnTheApiPortsByDefault() {
        assertThat(RouterOsSimulatorMain.configFrom()).isEqualTo(new SimulatorConfig(8728, "admin", "secret", "7.16", false));
        assertThat(RouterOsSimulatorMain.configFrom("--tls").port()).isEqualTo(8729);
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThatThrownBy(() -> RouterOsSimulatorMain.configFrom("--speed", "fast")).hasMessage("unknown option --speed");
        assertThatThrownBy(() -> RouterOsSimulatorMain.configFrom("--port")).hasMessage("--port needs a value");
        assertThatThrownBy(() -> RouterOsSimulatorMain.configFrom("--port", "http")).hasMessageContaining("number");
        assertThatThrownBy(() -> RouterOsSimulatorMain.configFrom("--version", "latest")).hasMessageContaining("version");
    }

    @Test
    void startsAsAnIspsRouterFromBeforeNetLedgerWhenAskedTo() throws Exception {
        RouterOsSimulatorMain.Launch launch = RouterOsSimulatorMain.launchFrom("--ppp-secrets", "30");
        assertThat(launch.pppSecrets()).isEqualTo(30);
        assertThatThrownBy(() -> RouterOsSimulatorMain.launchFrom("--ppp-secrets", "-1"))
                .hasMessage("--ppp-secrets takes a number from 0 to 100000, not -1");

        try (RouterOsSimulator router = RouterOsSimulator.start(launch.config().withPort(0))) {
            ExistingInstallation.seed(router.state(), launch.pppSecrets());
            assertThat(router.state().records("/ppp/secret")).hasSize(31)
                    .filteredOn(secret -> "true".equals(secret.get("disabled"))).hasSize(3);
            assertThat(router.state().find("/ppp/secret", "name", "pelanggan-007").orElseThrow())
                    .containsEntry("comment", "Pelanggan 007").containsEntry("password", "rahasia-007");
            assertThat(router.state().find("/ppp/profile", "name", "10M-20M").orElseThrow())
                    .containsEntry("rate-limit", "10M/20M");
        }
    }
}
