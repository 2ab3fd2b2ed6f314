package io.netledger.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentOutcomeTest {

    @ParameterizedTest(name = "Midtrans {0} / fraud {1} -> {2}")
    @CsvSource(value = {
        "settlement,     NULL,      PAID",
        "settlement,     accept,    PAID",
        "capture,        accept,    PAID",
        "capture,        challenge, PENDING",
        "capture,        deny,      FAILED",
        "pending,        NULL,      PENDING",
        "deny,           NULL,      FAILED",
        "deny,           deny,      FAILED",
        "cancel,         NULL,      FAILED",
        "expire,         NULL,      FAILED",
        "failure,        NULL,      FAILED",
        "refund,         accept,    REFUNDED",
        "partial_refund, accept,    REFUNDED",
        "chargeback,     accept,    CHARGED_BACK",
    }, nullValues = "NULL")
    void mapsMidtransStatusToOutcome(String transactionStatus, String fraudStatus, PaymentOutcome expected) {
        assertThat(PaymentOutcome.ofMidtrans(transactionStatus, fraudStatus)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Midtrans {0} / fraud {1} is refused")
    @CsvSource(value = {
        "authorize,  NULL",
        "SETTLEMENT, NULL",
        "'',         NULL",
        "NULL,       NULL",
        "capture,    NULL",
        "capture,    review",
        "settlement, review",
    }, nullValues = "NULL")
    void refusesToGuessUnknownMidtransStatus(String transactionStatus, String fraudStatus) {
        assertThatThrownBy(() -> PaymentOutcome.ofMidtrans(transactionStatus, fraudStatus))
                .isInstanceOf(UnknownPaymentStatus.class)
                .hasMessageStartingWith("Midtrans transaction_status")
                .hasMessageEndingWith("has no known outcome; refusing to guess");
    }

    @ParameterizedTest(name = "Tripay {0} -> {1}")
    @CsvSource({
        "PAID,    PAID",
        "UNPAID,  PENDING",
        "EXPIRED, FAILED",
        "FAILED,  FAILED",
        "REFUND,  REFUNDED",
    })
    void mapsTripayStatusToOutcome(String status, PaymentOutcome expected) {
        assertThat(PaymentOutcome.ofTripay(status)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Tripay {0} is refused")
    @CsvSource(value = {"paid", "SETTLED", "''", "NULL"}, nullValues = "NULL")
    void refusesToGuessUnknownTripayStatus(String status) {
        assertThatThrownBy(() -> PaymentOutcome.ofTripay(status))
                .isInstanceOf(UnknownPaymentStatus.class)
                .hasMessageStartingWith("Tripay status");
    }

    @Test
    void namesTheStatusItRefused() {
        assertThatThrownBy(() -> PaymentOutcome.ofTripay("SETTLED"))
                .hasMessage("Tripay status 'SETTLED' has no known outcome; refusing to guess");
        assertThatThrownBy(() -> PaymentOutcome.ofMidtrans("capture", null))
                .hasMessage("Midtrans transaction_status 'capture' with fraud_status (missing) has no known outcome;"
                        + " refusing to guess");
    }
}
