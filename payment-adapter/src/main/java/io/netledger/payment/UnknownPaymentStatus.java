package io.netledger.payment;

/**
 * A gateway sent a status we have no mapping for. Nothing is recorded; the webhook should answer with an
 * error so the gateway retries, and someone should look at the message.
 */
public class UnknownPaymentStatus extends UnreadableNotice {

    private UnknownPaymentStatus(String message) {
        super(message);
    }

    static UnknownPaymentStatus midtrans(String transactionStatus, String fraudStatus) {
        return new UnknownPaymentStatus("Midtrans transaction_status " + quoted(transactionStatus)
                + " with fraud_status " + quoted(fraudStatus) + " has no known outcome; refusing to guess");
    }

    static UnknownPaymentStatus tripay(String status) {
        return new UnknownPaymentStatus("Tripay status " + quoted(status) + " has no known outcome; refusing to guess");
    }

    private static String quoted(String value) {
        return value == null ? "(missing)" : "'" + value + "'";
    }
}
