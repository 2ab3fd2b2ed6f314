package io.netledger.payment;

import static io.netledger.payment.NoticeBody.text;

import io.netledger.api.Money;
import io.netledger.api.invoice.PaymentChannel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * Tripay callbacks translated into a {@link PaymentNotice}. {@code X-Callback-Signature} is checked over the
 * exact bytes received, before the body is parsed.
 *
 * <p>Why a signed callback is believed as it stands, unlike a Midtrans notification: its signature is an
 * HMAC-SHA256 with the merchant's private key over the whole raw body, so every field (status, amounts,
 * reference, {@code paid_at}) is vouched for by Tripay, and the protocol notes name no status call to ask
 * again. What a signature cannot prevent is a replay of an older genuine callback; the invoice's commands are
 * idempotent per transaction and a late failure never undoes a payment, so a replay records nothing new.
 */
public final class TripayCallbacks {

    static final String PAYMENT_STATUS = "payment_status";

    private final TripaySignature signature;

    public TripayCallbacks(String privateKey) {
        this.signature = new TripaySignature(privateKey);
    }

    /**
     * The callback with these headers as a notice. {@link ForgedNotice} for a missing or wrong signature,
     * {@link UnreadableNotice} for another event than {@code payment_status} or a body that does not say
     * what a notice needs.
     */
    public PaymentNotice read(byte[] body, String signatureHeader, String eventHeader) {
        if (signatureHeader == null || !signature.verifyCallback(body, signatureHeader)) {
            throw new ForgedNotice("the callback's X-Callback-Signature is wrong");
        }
        if (!PAYMENT_STATUS.equals(eventHeader)) {
            throw new UnreadableNotice("X-Callback-Event must be payment_status: " + eventHeader);
        }
        Map<String, Object> fields = NoticeBody.fields(body, "the callback");
        String status = text(fields, "status");
        PaymentOutcome outcome = PaymentOutcome.ofTripay(status);
        String reference = text(fields, "reference");
        if (reference == null) {
            throw new UnreadableNotice("reference is required");
        }
        // A Tripay refund gives back the whole payment: no part is named.
        return new PaymentNotice(PaymentChannel.TRIPAY, text(fields, "merchant_ref"), reference, outcome, null,
                amount(fields), fee(fields), paidAt(fields), text(fields, "payment_method_code"), status, fields);
    }

    /** What the customer paid for the order: the total without the fee Tripay charged the customer on top. */
    private static Money amount(Map<String, Object> fields) {
        try {
            BigDecimal total = new BigDecimal(text(fields, "total_amount"));
            String customerFee = text(fields, "fee_customer");
            return new Money(customerFee == null ? total : total.subtract(new BigDecimal(customerFee)));
        } catch (RuntimeException e) {
            throw new UnreadableNotice("total_amount and fee_customer must be amounts");
        }
    }

    /**
     * Tripay's whole fee ({@code total_fee}: the merchant's part and the customer's). No command records it,
     * so a fee Tripay did not write as a number is left unknown rather than holding up a payment.
     */
    private static Money fee(Map<String, Object> fields) {
        String fee = text(fields, "total_fee");
        try {
            return fee == null ? null : new Money(new BigDecimal(fee));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Instant paidAt(Map<String, Object> fields) {
        String seconds = text(fields, "paid_at");
        if (seconds == null) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(seconds));
        } catch (NumberFormatException e) {
            throw new UnreadableNotice("paid_at must be unix seconds: " + seconds);
        }
    }

    @Override
    public String toString() {
        return "TripayCallbacks";
    }
}
