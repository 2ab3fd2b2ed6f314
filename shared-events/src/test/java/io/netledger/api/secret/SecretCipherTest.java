package io.netledger.api.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final byte[] KEY_2025 = key(1);
    private static final byte[] KEY_2026 = key(2);

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) seed);
        return key;
    }

    private final SecretCipher cipher = new SecretCipher(MasterKeys.of(KEY_2026, List.of()));

    @Test
    void opensWhatItSealed() {
        Sealed sealed = cipher.seal("r0uter-Pa$$ word ü");
        assertThat(new String(cipher.open(sealed))).isEqualTo("r0uter-Pa$$ word ü");
    }

    @Test
    void theSealedValueShowsNothingOfThePlaintext() {
        Sealed sealed = cipher.seal("hunter2hunter2");
        assertThat(sealed.value()).doesNotContain("hunter2");
        assertThat(new String(Base64.getDecoder().decode(sealed.value().substring(9)))).doesNotContain("hunter2");
        assertThat(sealed.toString()).doesNotContain(sealed.value().substring(9));
    }

    @Test
    void sealingTheSameSecretTwiceGivesDifferentValues() {
        assertThat(cipher.seal("same").value()).isNotEqualTo(cipher.seal("same").value());
    }

    @Test
    void theValueNamesTheKeyThatSealedIt() {
        assertThat(cipher.seal("x").keyId()).isEqualTo(MasterKeys.idOf(KEY_2026)).hasSize(8);
    }

    @Test
    void aRotatedKeyStillOpensWhatTheOldKeySealed() {
        Sealed old = new SecretCipher(MasterKeys.of(KEY_2025, List.of())).seal("from last year");
        SecretCipher rotated = new SecretCipher(MasterKeys.of(KEY_2026, List.of(KEY_2025)));

        assertThat(new String(rotated.open(old))).isEqualTo("from last year");
        assertThat(rotated.needsResealing(old)).isTrue();
        assertThat(rotated.needsResealing(rotated.seal("new"))).isFalse();
    }

    @Test
    void refusesAValueSealedWithAKeyItDoesNotHave() {
        Sealed foreign = new SecretCipher(MasterKeys.of(KEY_2025, List.of())).seal("elsewhere");
        assertThatThrownBy(() -> cipher.open(foreign)).isInstanceOf(SecretUnreadable.class)
                .hasMessageContaining("not configured");
    }

    @Test
    void refusesAnAlteredValue() {
        Sealed sealed = cipher.seal("do not touch");
        byte[] stored = Base64.getDecoder().decode(sealed.value().substring(9));
        stored[stored.length - 1] ^= 1;
        Sealed altered = new Sealed(sealed.keyId() + ":" + Base64.getEncoder().encodeToString(stored));
        assertThatThrownBy(() -> cipher.open(altered)).isInstanceOf(SecretUnreadable.class)
                .hasMessageContaining("altered");
    }

    @Test
    void refusesAValueMovedUnderAnotherKeyId() {
        SecretCipher both = new SecretCipher(MasterKeys.of(KEY_2026, List.of(KEY_2025)));
        Sealed sealed = both.seal("bound to its key id");
        Sealed relabelled = new Sealed(MasterKeys.idOf(KEY_2025) + sealed.value().substring(8));
        assertThatThrownBy(() -> both.open(relabelled)).isInstanceOf(SecretUnreadable.class);
    }

    @Test
    void refusesKeysThatAreNotAes256() {
        assertThatThrownBy(() -> MasterKeys.of(new byte[16], List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesGarbage() {
        assertThatThrownBy(() -> cipher.open(new Sealed("abcd1234:%%%"))).isInstanceOf(SecretUnreadable.class);
        assertThatThrownBy(() -> cipher.open(new Sealed("abcd1234:AAAA"))).isInstanceOf(SecretUnreadable.class);
        assertThatThrownBy(() -> new Sealed("no-key-id")).isInstanceOf(IllegalArgumentException.class);
    }
}
