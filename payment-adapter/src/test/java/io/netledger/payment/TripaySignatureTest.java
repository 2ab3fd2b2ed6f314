package io.netledger.payment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TripaySignatureTest {

    private static final String PRIVATE_KEY = "priv-KEY-123";

    private static final String BODY =
            "{\"reference\":\"DEV-T1234567890ABCDE\",\"merchant_ref\":\"INV-2024-0001\",\"status\":\"PAID\","
                    + "\"total_amount\":150000}";

    // printf '%s' "$BODY" | openssl dgst -sha256 -hmac 'priv-KEY-123'
    private static final String BODY_SIGNATURE = "776ff4f785b289348b4056eb7954f0bd706e23a94659c4ce28b2cc053719e75a";

    // printf '%s' 'T0001INV-2024-0001150000' | openssl dgst -sha256 -hmac 'priv-KEY-123'
    private static final String TRANSACTION_SIGNATURE =
            "7ce915245ca3b686656cca371247ff54b946e7a25b713bff6edaea266cc573d1";

    private final TripaySignature signature = new TripaySignature(PRIVATE_KEY);

    private static byte[] body() {
        return BODY.getBytes(UTF_8);
    }

    @Test
    void signsCallbackBodyAsHmacSha256InLowerCaseHex() {
        assertThat(signature.callbackSignature(body())).isEqualTo(BODY_SIGNATURE);
    }

    @Test
    void matchesRfc4231TestCase2() {
        TripaySignature jefe = new TripaySignature("Jefe");

        assertThat(jefe.callbackSignature("what do ya want for nothing?".getBytes(UTF_8)))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void acceptsGenuineCallback() {
        assertThat(signature.verifyCallback(body(), BODY_SIGNATURE)).isTrue();
    }

    @Test
    void refusesCallbackWithOneByteOfTheBodyChanged() {
        byte[] tampered = body();
        int status = BODY.indexOf("PAID");
        tampered[status] = 'p';

        assertThat(signature.verifyCallback(tampered, BODY_SIGNATURE)).isFalse();
    }

    @Test
    void refusesCallbackWithWhitespaceAddedToTheBody() {
        byte[] reformatted = BODY.replace(",", ", ").getBytes(UTF_8);
        byte[] trailingNewline = (BODY + "\n").getBytes(UTF_8);

        assertThat(signature.verifyCallback(reformatted, BODY_SIGNATURE)).isFalse();
        assertThat(signature.verifyCallback(trailingNewline, BODY_SIGNATURE)).isFalse();
    }

    @Test
    void refusesCallbackSignedWithAnotherPrivateKey() {
        TripaySignature otherMerchant = new TripaySignature("priv-KEY-124");

        assertThat(otherMerchant.verifyCallback(body(), BODY_SIGNATURE)).isFalse();
    }

    @Test
    void refusesCallbackWithMissingBodyOrSignature() {
        assertThat(signature.verifyCallback(null, BODY_SIGNATURE)).isFalse();
        assertThat(signature.verifyCallback(body(), null)).isFalse();
        assertThat(signature.verifyCallback(body(), "")).isFalse();
    }

    @Test
    void refusesMalformedOrTruncatedSignature() {
        assertThat(signature.verifyCallback(body(), "zz" + BODY_SIGNATURE.substring(2))).isFalse();
        assertThat(signature.verifyCallback(body(), BODY_SIGNATURE.substring(0, 32))).isFalse();
    }

    @Test
    void signsCreateTransactionOverMerchantCodeMerchantRefAndAmount() {
        assertThat(signature.transactionSignature("T0001", "INV-2024-0001", 150_000)).isEqualTo(TRANSACTION_SIGNATURE);
    }

    @Test
    void createTransactionSignatureChangesWithTheAmount() {
        assertThat(signature.transactionSignature("T0001", "INV-2024-0001", 150_001)).isNotEqualTo(TRANSACTION_SIGNATURE);
    }

    @Test
    void refusesToSignTransactionWithoutMerchantCodeOrRefOrWithNegativeAmount() {
        assertThatThrownBy(() -> signature.transactionSignature(" ", "INV-2024-0001", 150_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signature.transactionSignature("T0001", null, 150_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signature.transactionSignature("T0001", "INV-2024-0001", -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesBlankPrivateKey() {
        assertThatThrownBy(() -> new TripaySignature("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TripaySignature(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverPrintsThePrivateKey() {
        assertThat(signature.toString()).doesNotContain(PRIVATE_KEY);
    }
}
