package io.netledger.payment;

import java.util.Map;
import java.util.function.Supplier;

/**
 * What a gateway's status means for the invoice. An enum because it is a closed set that Java 17 switch
 * expressions check for exhaustiveness, so a handler that forgets an outcome does not compile (switching
 * over sealed records is still a preview feature in 17).
 *
 * <p>Only the statuses the gateways document are mapped; any other is refused with
 * {@link UnknownPaymentStatus} rather than guessed, because a wrong guess could mark an invoice paid.
 */
public enum PaymentOutcome {
    PAID,
    PENDING,
    FAILED,
    REFUNDED,
    CHARGED_BACK;

    private static final Map<String, PaymentOutcome> MIDTRANS = Map.of(
            "settlement", PAID,
            "pending", PENDING,
            "deny", FAILED,
            "cancel", FAILED,
            "expire", FAILED,
            "failure", FAILED,
            "refund", REFUNDED,
            "partial_refund", REFUNDED,
            "chargeback", CHARGED_BACK);

    // A card capture is only money in hand once the fraud check accepted it.
    private static final Map<String, PaymentOutcome> MIDTRANS_CAPTURE = Map.of(
            "accept", PAID,
            "challenge", PENDING,
            "deny", FAILED);

    private static final Map<String, PaymentOutcome> TRIPAY = Map.of(
            "PAID", PAID,
            "UNPAID", PENDING,
            "EXPIRED", FAILED,
            "FAILED", FAILED,
            "REFUND", REFUNDED);

    /**
     * The outcome of a Midtrans notification or status response. {@code fraudStatus} may be null except on
     * {@code capture}, where it decides the outcome; when present it must be one Midtrans documents.
     */
    public static PaymentOutcome ofMidtrans(String transactionStatus, String fraudStatus) {
        if (fraudStatus != null && !MIDTRANS_CAPTURE.containsKey(fraudStatus)) {
            throw UnknownPaymentStatus.midtrans(transactionStatus, fraudStatus);
        }
        if ("capture".equals(transactionStatus)) {
            if (fraudStatus == null) {
                throw UnknownPaymentStatus.midtrans(transactionStatus, null);
            }
            return MIDTRANS_CAPTURE.get(fraudStatus);
        }
        return lookUp(MIDTRANS, transactionStatus, () -> UnknownPaymentStatus.midtrans(transactionStatus, fraudStatus));
    }

    /** The outcome of a Tripay callback's {@code status}. */
    public static PaymentOutcome ofTripay(String status) {
        return lookUp(TRIPAY, status, () -> UnknownPaymentStatus.tripay(status));
    }

    private static PaymentOutcome lookUp(Map<String, PaymentOutcome> table, String status,
            Supplier<UnknownPaymentStatus> unknown) {
        PaymentOutcome outcome = status == null ? null : table.get(status);
        if (outcome == null) {
            throw unknown.get();
        }
        return outcome;
    }
}
