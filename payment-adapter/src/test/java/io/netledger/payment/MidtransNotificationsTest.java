package io.netledger.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.netledger.api.Money;
import io.netledger.api.invoice.PaymentChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A Midtrans notification and its status answer, in the shapes Midtrans documents, become one notice. */
class MidtransNotificationsTest {

    private static final String SERVER_KEY = "SB-Mid-server-abc";
    private static final String ORDER = "INV-202611-000123";

    private WireMockServer midtrans;
    private MidtransNotifications notifications;

    @BeforeEach
    void start() {
        midtrans = new WireMockServer(options().dynamicPort());
        midtrans.start();
        notifications = new MidtransNotifications(SERVER_KEY,
                new MidtransStatus(midtrans.baseUrl(), SERVER_KEY, Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        midtrans.stop();
    }

    @Test
    void aSignedNotificationNamesItsOrderWithoutAskingMidtrans() {
        assertThat(notifications.signedOrder(notification("settlement", "200", "166500.00"))).isEqualTo(ORDER);
        midtrans.verify(0, getRequestedFor(urlEqualTo("/v2/" + ORDER + "/status")));
    }

    @Test
    void aNotificationWhoseSignedAmountWasChangedIsForged() {
        String signedForLess = new String(notification("settlement", "200", "1000.00"), StandardCharsets.UTF_8)
                .replace("\"gross_amount\": \"1000.00\"", "\"gross_amount\": \"166500.00\"");
        assertThatThrownBy(() -> notifications.signedOrder(signedForLess.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ForgedNotice.class).hasMessageContaining("signature_key");
    }

    @Test
    void aNotificationWithoutSignatureIsForged() {
        String unsigned = new String(notification("settlement", "200", "166500.00"), StandardCharsets.UTF_8)
                .replaceFirst(",\\s*\"signature_key\": \"[0-9a-f]+\"", "");
        assertThatThrownBy(() -> notifications.signedOrder(unsigned.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ForgedNotice.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "[]", "\"x\"", "1", "", "{\"order_id\": "})
    void aBodyThatIsNoJsonObjectIsUnreadable(String body) {
        assertThatThrownBy(() -> notifications.signedOrder(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableNotice.class).hasMessageContaining("the notification is not");
    }

    @Test
    void aSettlementMidtransConfirmsIsAPaymentAtItsSettlementTimeInWib() {
        midtransSays("settlement", "200", ", \"settlement_time\": \"2026-11-05 10:12:00\"");

        PaymentNotice notice = notifications.confirmed(ORDER).orElseThrow();

        assertThat(notice.gateway()).isEqualTo(PaymentChannel.MIDTRANS);
        assertThat(notice.orderId()).isEqualTo(ORDER);
        assertThat(notice.transactionId()).isEqualTo("9aed5972-5b6a-401e-894b-a32c91ed1a3a");
        assertThat(notice.outcome()).isEqualTo(PaymentOutcome.PAID);
        assertThat(notice.partialRefund()).isFalse();
        assertThat(notice.amount()).isEqualTo(Money.parse("166500.00"));
        assertThat(notice.fee()).as("Midtrans's status answer names no fee").isNull();
        assertThat(notice.paidAt()).as("10:12 WIB").isEqualTo(Instant.parse("2026-11-05T03:12:00Z"));
        assertThat(notice.channel()).isEqualTo("bank_transfer");
        assertThat(notice.rawStatus()).isEqualTo("settlement");
        assertThat(notice.fields()).containsKey("va_numbers").doesNotContainKey("signature_key");
    }

    @Test
    void whatMidtransSaysNowCountsAndAPendingTransactionIsDatedWhenItBegan() {
        midtransSays("pending", "201", "");

        PaymentNotice notice = notifications.confirmed(ORDER).orElseThrow();

        assertThat(notice.outcome()).isEqualTo(PaymentOutcome.PENDING);
        assertThat(notice.paidAt()).isEqualTo(Instant.parse("2026-11-05T03:11:12Z"));
    }

    @Test
    void aPartialRefundNamesWhatItGaveBackAndAWholeOneDoesNot() {
        midtransSays("partial_refund", "200", ", \"refund_amount\": \"66500.00\"");
        PaymentNotice partial = notifications.confirmed(ORDER).orElseThrow();
        assertThat(partial.outcome()).isEqualTo(PaymentOutcome.REFUNDED);
        assertThat(partial.refundAmount()).isEqualTo(Money.parse("66500.00"));
        assertThat(partial.amount()).as("the payment it gives part of back").isEqualTo(Money.parse("166500.00"));

        midtransSays("refund", "200", ", \"refund_amount\": \"166500.00\"");
        PaymentNotice whole = notifications.confirmed(ORDER).orElseThrow();
        assertThat(whole.outcome()).isEqualTo(PaymentOutcome.REFUNDED);
        assertThat(whole.partialRefund()).isFalse();

        midtransSays("chargeback", "200", "");
        assertThat(notifications.confirmed(ORDER).orElseThrow().outcome()).isEqualTo(PaymentOutcome.CHARGED_BACK);
    }

    @Test
    void anExpiredTransactionIsAFailure() {
        midtransSays("expire", "407", "");
        PaymentNotice notice = notifications.confirmed(ORDER).orElseThrow();
        assertThat(notice.outcome()).isEqualTo(PaymentOutcome.FAILED);
        assertThat(notice.rawStatus()).isEqualTo("expire");
    }

    @Test
    void anOrderMidtransDoesNotKnowHasNoNotice() {
        midtrans.stubFor(get(urlEqualTo("/v2/" + ORDER + "/status")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status_code\": \"404\", \"status_message\": \"Transaction doesn't exist.\"}")));
        assertThat(notifications.confirmed(ORDER)).isEmpty();
    }

    @Test
    void aStatusAnswerWithAStatusOrATimeNobodyDocumentedIsUnreadable() {
        midtransSays("authorize", "201", "");
        assertThatThrownBy(() -> notifications.confirmed(ORDER)).isInstanceOf(UnreadableNotice.class)
                .hasMessageContaining("authorize");

        midtransSays("settlement", "200", ", \"settlement_time\": \"05/11/2026 10:12\"");
        assertThatThrownBy(() -> notifications.confirmed(ORDER)).isInstanceOf(UnreadableNotice.class)
                .hasMessageContaining("05/11/2026 10:12");
    }

    @Test
    void neverPrintsTheServerKey() {
        assertThat(notifications.toString()).doesNotContain(SERVER_KEY);
    }

    /** The HTTP notification Midtrans documents for a BCA virtual account, signed with our server key. */
    private static byte[] notification(String status, String statusCode, String grossAmount) {
        return """
                {"transaction_time": "2026-11-05 10:11:12", "transaction_status": "%s",
                 "transaction_id": "9aed5972-5b6a-401e-894b-a32c91ed1a3a",
                 "status_message": "midtrans payment notification", "status_code": "%s",
                 "signature_key": "%s", "settlement_time": "2026-11-05 10:12:00", "payment_type": "bank_transfer",
                 "order_id": "%s", "merchant_id": "G141532850", "gross_amount": "%s", "fraud_status": "accept",
                 "currency": "IDR", "va_numbers": [{"va_number": "12345678901", "bank": "bca"}]}"""
                .formatted(status, statusCode, new MidtransSignature(SERVER_KEY).sign(ORDER, statusCode, grossAmount),
                        ORDER, grossAmount)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Midtrans's documented Get Status answer for the order, with {@code extra} fields. */
    private void midtransSays(String status, String statusCode, String extra) {
        midtrans.stubFor(get(urlEqualTo("/v2/" + ORDER + "/status")).willReturn(okJson("""
                {"status_code": "%s", "status_message": "Success, transaction is found",
                 "transaction_id": "9aed5972-5b6a-401e-894b-a32c91ed1a3a", "order_id": "%s",
                 "merchant_id": "G141532850", "gross_amount": "166500.00", "currency": "IDR",
                 "payment_type": "bank_transfer", "transaction_time": "2026-11-05 10:11:12",
                 "transaction_status": "%s", "fraud_status": "accept",
                 "va_numbers": [{"va_number": "12345678901", "bank": "bca"}],
                 "signature_key": "%s"%s}""".formatted(statusCode, ORDER, status,
                new MidtransSignature(SERVER_KEY).sign(ORDER, statusCode, "166500.00"), extra))));
    }
}
