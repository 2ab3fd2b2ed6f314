package io.netledger.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MidtransSignatureTest {

    private static final String SERVER_KEY = "SB-Mid-server-abc";

    // printf '%s' 'ORDER-101200150000.00SB-Mid-server-abc' | sha512sum
    private static final String SIGNATURE_ORDER_101 = "9078955d31c3a1d0db82c76ab88ddaf4c895a63e043ae080eed0b5c98c6a3bba"
            + "1d86b1946fdce586f4277d9b6f5f6fd76a8c36aaf03bce06be527e0ac6817f70";

    // printf '%s' 'ORDER-101201150000.00SB-Mid-server-abc' | sha512sum
    private static final String SIGNATURE_ORDER_101_PENDING = "859e79ea3cb0ced4645641a9316d0cd7344cd7c44c419d412bb37c81"
            + "de9208829bcdad45224ca47fa7caaffe4e7cdae75b85eef5f3de3d7e1a7f5609ddbeff39";

    private final MidtransSignature signature = new MidtransSignature(SERVER_KEY);

    @Test
    void signsAsSha512OfOrderStatusAmountAndServerKeyInLowerCaseHex() {
        assertThat(signature.sign("ORDER-101", "200", "150000.00")).isEqualTo(SIGNATURE_ORDER_101);
        assertThat(signature.sign("ORDER-101", "201", "150000.00")).isEqualTo(SIGNATURE_ORDER_101_PENDING);
    }

    @Test
    void acceptsGenuineNotification() {
        assertThat(signature.verify("ORDER-101", "200", "150000.00", SIGNATURE_ORDER_101)).isTrue();
    }

    @Test
    void refusesNotificationWhoseAmountWasChanged() {
        assertThat(signature.verify("ORDER-101", "200", "1500000.00", SIGNATURE_ORDER_101)).isFalse();
    }

    @Test
    void refusesAmountReformattedWithoutItsDecimals() {
        assertThat(signature.verify("ORDER-101", "200", "150000", SIGNATURE_ORDER_101)).isFalse();
    }

    @Test
    void refusesNotificationWhoseStatusWasChanged() {
        assertThat(signature.verify("ORDER-101", "201", "150000.00", SIGNATURE_ORDER_101)).isFalse();
        assertThat(signature.verify("ORDER-101", "200", "150000.00", SIGNATURE_ORDER_101_PENDING)).isFalse();
    }

    @Test
    void refusesNotificationWhoseOrderWasChanged() {
        assertThat(signature.verify("ORDER-102", "200", "150000.00", SIGNATURE_ORDER_101)).isFalse();
    }

    @Test
    void refusesNotificationSignedWithAnotherServerKey() {
        MidtransSignature otherMerchant = new MidtransSignature("SB-Mid-server-xyz");

        assertThat(otherMerchant.verify("ORDER-101", "200", "150000.00", SIGNATURE_ORDER_101)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(value = {
        "NULL,      200,  150000.00",
        "ORDER-101, NULL, 150000.00",
        "ORDER-101, 200,  NULL",
        "'',        200,  150000.00",
        "ORDER-101, ' ',  150000.00",
    }, nullValues = "NULL")
    void refusesNotificationWithMissingField(String orderId, String statusCode, String grossAmount) {
        assertThat(signature.verify(orderId, statusCode, grossAmount, SIGNATURE_ORDER_101)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(value = {
        "NULL",
        "''",
        "not-hex",
        "9078955d31c3a1d0",
    }, nullValues = "NULL")
    void refusesMissingTruncatedOrMalformedSignature(String signatureKey) {
        assertThat(signature.verify("ORDER-101", "200", "150000.00", signatureKey)).isFalse();
    }

    @Test
    void refusesToSignWithoutAllFields() {
        assertThatThrownBy(() -> signature.sign("ORDER-101", null, "150000.00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status_code is missing");
    }

    @Test
    void refusesBlankServerKey() {
        assertThatThrownBy(() -> new MidtransSignature(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MidtransSignature(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverPrintsTheServerKey() {
        assertThat(signature.toString()).doesNotContain(SERVER_KEY);
    }
}
