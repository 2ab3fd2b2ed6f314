package io.netledger.api.genieacs;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netledger.api.RuleViolation;
import org.junit.jupiter.api.Test;

class WifiRulesTest {

    @Test
    void anSsidIsOneTo32BytesWithoutControlCharacters() {
        assertThatCode(() -> WifiRules.ssid("R")).doesNotThrowAnyException();
        assertThatCode(() -> WifiRules.ssid("x".repeat(32))).doesNotThrowAnyException();
        assertThatCode(() -> WifiRules.ssid("é".repeat(16))).doesNotThrowAnyException();
        for (String bad : new String[] {null, "", "x".repeat(33), "é".repeat(17), "a\tb", "a\u0000b"}) {
            assertThatThrownBy(() -> WifiRules.ssid(bad)).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void aPassphraseIs8To63PrintableAsciiOr64HexDigits() {
        assertThatCode(() -> WifiRules.passphrase("12345678")).doesNotThrowAnyException();
        assertThatCode(() -> WifiRules.passphrase("~".repeat(63))).doesNotThrowAnyException();
        assertThatCode(() -> WifiRules.passphrase("0aF9".repeat(16))).doesNotThrowAnyException();
        for (String bad : new String[] {null, "", "1234567", "x".repeat(64), "x".repeat(65), "kata sandi é",
                "kunci\nrahasia"}) {
            assertThatThrownBy(() -> WifiRules.passphrase(bad)).isInstanceOf(RuleViolation.class);
        }
    }
}
