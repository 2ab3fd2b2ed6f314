package io.netledger.payment;

import io.netledger.api.Money;
import io.netledger.api.invoice.PaymentChannel;
import java.time.Instant;
import java.util.Map;

/**
 * What a gateway told us about one order, verified and in one shape whichever gateway said it.
 *
 * @param gateway        who said it: {@link PaymentChannel#MIDTRANS} or {@link PaymentChannel#TRIPAY}
 * @param orderId        the order id we gave the gateway (Midtrans {@code order_id}, Tripay {@code merchant_ref}):
 *                       the invoice number, with {@code -N} for a later attempt
 * @param transactionId  the gateway's own id of the transaction (Midtrans {@code transaction_id}, Tripay
 *                       {@code reference}); repeated notices of one transaction carry the same one
 * @param outcome        what happened: paid, pending, failed, refunded or charged back
 * @param refundAmount   what a partial refund gave back; null for anything else, a whole refund or
 *                       chargeback gives back the whole payment
 * @param amount         what was paid for the order, without any fee the gateway charged the customer on top
 * @param fee            what the gateway charged for the transaction, or null when it does not say (Midtrans)
 * @param paidAt         when the money moved, or null when the gateway does not say
 * @param channel        how the customer paid (Midtrans {@code payment_type}, Tripay {@code payment_method_code})
 * @param rawStatus      the gateway's status exactly as sent, for the audit
 * @param fields         every field the gateway sent, for the audit; never a signature
 */
public record PaymentNotice(PaymentChannel gateway, String orderId, String transactionId, PaymentOutcome outcome,
                            Money refundAmount, Money amount, Money fee, Instant paidAt, String channel,
                            String rawStatus, Map<String, Object> fields) {

    /** A part of the payment given back; {@link #refundAmount()} says how much. */
    public boolean partialRefund() {
        return refundAmount != null;
    }
}
