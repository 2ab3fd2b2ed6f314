package io.netledger.payment;

import java.util.Map;

/**
 * A Midtrans transaction as its Get Status answer describes it; amounts as Midtrans writes
 * them ({@code "150000.00"}), times in WIB ({@code "2026-11-05 10:00:00"}), and every field
 * of the answer but its signature in {@code fields}.
 */
public record MidtransTransaction(String orderId, String transactionId, String transactionStatus,
                                  String fraudStatus, String grossAmount, String refundAmount, String paymentType,
                                  String transactionTime, String settlementTime, Map<String, Object> fields) {

    public MidtransTransaction {
        fields = Map.copyOf(fields.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** {@link UnknownPaymentStatus} for a status Midtrans does not document. */
    public PaymentOutcome outcome() {
        return PaymentOutcome.ofMidtrans(transactionStatus, fraudStatus);
    }
}
