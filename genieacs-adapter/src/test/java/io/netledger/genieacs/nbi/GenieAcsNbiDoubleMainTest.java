package io.netledger.genieacs.nbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GenieAcsNbiDoubleMainTest {

    @Test
    void startsOnTheNbiPortOpenAndEmptyByDefault() {
        assertThat(GenieAcsNbiDoubleMain.launchFrom()).isEqualTo(new GenieAcsNbiDoubleMain.Launch(7557,
                "X-API-Key", null, 0));
    }

    @Test
    void takesAPortAKeyItsHeaderAndAFleet() {
        assertThat(GenieAcsNbiDoubleMain.launchFrom("--port", "0", "--api-key", "k", "--key-header", "X-Key",
                "--devices", "20")).isEqualTo(new GenieAcsNbiDoubleMain.Launch(0, "X-Key", "k", 20));
    }

    @Test
    void refusesWhatItCannotUse() {
        assertThatThrownBy(() -> GenieAcsNbiDoubleMain.launchFrom("--port")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> GenieAcsNbiDoubleMain.launchFrom("--port", "x")).hasMessageContaining("--port");
        assertThatThrownBy(() -> GenieAcsNbiDoubleMain.launchFrom("--devices", "-1")).hasMessageContaining("0 to");
        assertThatThrownBy(() -> GenieAcsNbiDoubleMain.launchFrom("--tls", "1")).hasMessageContaining("unknown");
    }
}
