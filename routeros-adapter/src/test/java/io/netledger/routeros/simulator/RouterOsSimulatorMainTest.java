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
}
