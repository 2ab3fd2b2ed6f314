package io.netledger.payment;

import static io.netledger.payment.NoticeBody.text;

import io.netledger.api.Money;
import io.netledger.api.invoice.PaymentChannel;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Midtrans HTTP notifications, in two steps: {@link #signedOrder} checks the {@code signature_key} and names
 * the order; {@link #confirmed} asks Midtrans's status API what that order is now and answers it as a
 * {@link PaymentNotice}. Between the two the caller decides whether the order is one of ours, so that
 * Midtrans is never asked about orders we do not know.
 *
 * <p>Why the notification's own fields are never believed, only the status API's answer: the
 * {@code signature_key} is a SHA-512 over {@code order_id + status_code + gross_amount} and the server key
 * only. {@code transaction_status}, {@code fraud_status}, {@code transaction_id}, {@code refund_amount} and
 * the times are not signed: a captured notification still verifies with any of them rewritten. Nor does the
 * signature carry a time or a nonce, so it stays valid for ever, and Midtrans sends a notification more than
 * once and out of order. Midtrans itself advises confirming with {@code GET /v2/{order_id}/status}, which we
 * call with our server key over HTTPS. Tripay is not asked again (see {@link TripayCallbacks}).
 */
public final class MidtransNotifications {

    /** Midtrans writes its times without an offset, in Western Indonesian Time by its own definition. */
    private static final ZoneId MIDTRANS_TIME_ZONE = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final MidtransSignature signature;
    private final MidtransStatus status;

    public MidtransNotifications(String serverKey, MidtransStatus status) {
        this.signature = new MidtransSignature(serverKey);
        this.status = status;
    }

    /**
     * The order id of a notification signed with our server key. {@link UnreadableNotice} for a body that is
     * no JSON object, {@link ForgedNotice} for a missing or wrong signature.
     */
    public String signedOrder(byte[] body) {
        Map<String, Object> fields = NoticeBody.fields(body, "the notification");
        String orderId = text(fields, "order_id");
        if (!signature.verify(orderId, text(fields, "status_code"), text(fields, "gross_amount"),
                text(fields, "signature_key"))) {
            throw new ForgedNotice("the notification's signature_key is wrong");
        }
        return orderId;
    }

    /**
     * What Midtrans says of the order now; empty when it knows no transaction of it. {@link GatewayRefused}
     * when Midtrans cannot be asked (it retries the notification later), {@link UnreadableNotice} when its
     * answer has a status, an amount or a time we cannot read.
     */
    public Optional<PaymentNotice> confirmed(String orderId) {
        return status.of(orderId).map(MidtransNotifications::notice);
    }

    private static PaymentNotice notice(MidtransTransaction now) {
        PaymentOutcome outcome = now.outcome();
        // Only a part given back names its amount; a whole refund or chargeback gives back the payment.
        Money refunded = now.transactionStatus().startsWith("partial_")
                ? amount("refund_amount", now.refundAmount()) : null;
        return new PaymentNotice(PaymentChannel.MIDTRANS, now.orderId(), now.transactionId(), outcome, refunded,
                amount("gross_amount", now.grossAmount()), null, paidAt(now), now.paymentType(),
                now.transactionStatus(), now.fields());
    }

    private static Money amount(String field, String value) {
        try {
            return Money.parse(value);
        } catch (RuntimeException e) {
            throw new UnreadableNotice("Midtrans's " + field + " is not an amount: " + value);
        }
    }

    /** When it settled; a transaction not settled (yet) says only when it began. */
    private static Instant paidAt(MidtransTransaction transaction) {
        String time = transaction.settlementTime() != null ? transaction.settlementTime()
                : transaction.transactionTime();
        if (time == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(time, TIME).atZone(MIDTRANS_TIME_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new UnreadableNotice("settlement_time is not a Midtrans time: " + time);
        }
    }

    @Override
    public String toString() {
        return "MidtransNotifications[" + status + "]";
    }
}
