package io.netledger.payment;

import io.netledger.api.Money;
import java.time.Duration;

/**
 * One order to pay at a gateway. Gateways take whole rupiah; {@code tripayMethod} is the
 * Tripay channel code (e.g. {@code BRIVA}) and ignored by Midtrans.
 */
public record PaymentRequest(String orderId, Money amount, String itemName, String customerName,
                             String customerEmail, String customerPhone, String tripayMethod, Duration expiresIn) {

    long wholeRupiah() {
        try {
            return amount.amount().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("gateways take whole rupiah: " + amount);
        }
    }
}
