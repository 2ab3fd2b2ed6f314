package io.netledger.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netledger.api.Money;
import io.netledger.api.invoice.PaymentChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A Tripay callback, in the shape Tripay documents, becomes one notice once its signature is checked. */
class TripayCallbacksTest {

    private static final String PRIVATE_KEY = "tripay-private-xyz";
    private static final TripaySignature SIGNATURE = new TripaySignature(PRIVATE_KEY);

    private final TripayCallbacks callbacks = new TripayCallbacks(PRIVATE_KEY);

    @Test
    void aSignedPaidCallbackIsAPaymentOfTheTotalWithoutTheCustomersFee() {
        byte[] body = callback("PAID");

        PaymentNotice notice = callbacks.read(body, SIGNATURE.callbackSignature(body), "payment_status");

        assertThat(notice.gateway()).isEqualTo(PaymentChannel.TRIPAY);
        assertThat(notice.orderId()).isEqualTo("INV-202611-000123");
        assertThat(notice.transactionId()).isEqualTo("T0001000000000000006");
        assertThat(notice.outcome()).isEqualTo(PaymentOutcome.PAID);
        assertThat(notice.amount()).as("170 750 paid, of which 4 250 was Tripay's fee").isEqualTo(Money.parse("166500"));
        assertThat(notice.fee()).isEqualTo(Money.parse("4250"));
        assertThat(notice.paidAt()).isEqualTo(Instant.ofEpochSecond(1762312320));
        assertThat(notice.channel()).isEqualTo("BRIVA");
        assertThat(notice.rawStatus()).isEqualTo("PAID");
        assertThat(notice.fields()).containsEntry("payment_method", "BRI Virtual Account").containsKey("note");
    }

    @ParameterizedTest
    @CsvSource({"UNPAID, PENDING", "EXPIRED, FAILED", "FAILED, FAILED", "REFUND, REFUNDED"})
    void eachDocumentedStatusHasItsOutcome(String status, PaymentOutcome outcome) {
        byte[] body = callback(status);
        PaymentNotice notice = callbacks.read(body, SIGNATURE.callbackSignature(body), "payment_status");
        assertThat(notice.outcome()).isEqualTo(outcome);
        assertThat(notice.partialRefund()).as("a Tripay refund gives back the whole payment").isFalse();
    }

    @Test
    void aCallbackSignedOverOtherBytesOrNotAtAllIsForged() {
        byte[] body = callback("PAID");
        String otherBytes = SIGNATURE.callbackSignature((new String(body, StandardCharsets.UTF_8) + " ")
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> callbacks.read(body, otherBytes, "payment_status"))
                .isInstanceOf(ForgedNotice.class).hasMessageContaining("X-Callback-Signature");
        assertThatThrownBy(() -> callbacks.read(body, null, "payment_status")).isInstanceOf(ForgedNotice.class);
        assertThatThrownBy(() -> callbacks.read(body, new TripaySignature("another-key").callbackSignature(body),
                "payment_status")).isInstanceOf(ForgedNotice.class);
    }

    @Test
    void anotherEventThanPaymentStatusIsUnreadable() {
        byte[] body = callback("PAID");
        assertThatThrownBy(() -> callbacks.read(body, SIGNATURE.callbackSignature(body), "payout_status"))
                .isInstanceOf(UnreadableNotice.class).hasMessageContaining("payment_status");
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "[]", "\"x\"", "1", "", "{\"reference\": "})
    void aSignedBodyThatIsNoJsonObjectIsUnreadable(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> callbacks.read(body, SIGNATURE.callbackSignature(body), "payment_status"))
                .isInstanceOf(UnreadableNotice.class).hasMessageContaining("the callback is not");
    }

    @Test
    void aSignedCallbackWithoutReferenceOrWithUnreadableAmountsOrTimeIsUnreadable() {
        assertUnreadable(text("PAID").replace("\"reference\": \"T0001000000000000006\", ", ""), "reference");
        assertUnreadable(text("PAID").replace("\"total_amount\": 170750", "\"total_amount\": \"lots\""),
                "total_amount");
        assertUnreadable(text("PAID").replace("\"paid_at\": 1762312320", "\"paid_at\": \"yesterday\""), "paid_at");
        assertUnreadable(text("SETTLED"), "SETTLED");
    }

    private void assertUnreadable(String text, String named) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> callbacks.read(body, SIGNATURE.callbackSignature(body), "payment_status"))
                .isInstanceOf(UnreadableNotice.class).hasMessageContaining(named);
    }

    private static byte[] callback(String status) {
        return text(status).getBytes(StandardCharsets.UTF_8);
    }

    /** The callback Tripay documents for a closed payment through a BRI virtual account. */
    private static String text(String status) {
        return """
                {"reference": "T0001000000000000006", "merchant_ref": "INV-202611-000123",
                 "payment_method": "BRI Virtual Account", "payment_method_code": "BRIVA", "total_amount": 170750,
                 "fee_merchant": 0, "fee_customer": 4250, "total_fee": 4250, "amount_received": 166500,
                 "is_closed_payment": 1, "status": "%s", "paid_at": 1762312320, "note": null}""".formatted(status);
    }
}
