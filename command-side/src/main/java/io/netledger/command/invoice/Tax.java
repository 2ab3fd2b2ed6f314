package io.netledger.command.invoice;

import io.netledger.api.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * PPN on an invoice: {@code amount × rate / 100}, rounded half up to whole rupiah. Rupiah
 * have no smaller coin in use, gateways take whole amounts, and rounding once, on the
 * invoice's tax, keeps {@code total = amount + tax} exact.
 */
final class Tax {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Tax() {
    }

    static Money of(Money amount, BigDecimal ratePercent) {
        if (ratePercent.signum() < 0) {
            throw new IllegalArgumentException("a tax rate cannot be negative: " + ratePercent);
        }
        return new Money(amount.amount().multiply(ratePercent).divide(HUNDRED, 0, RoundingMode.HALF_UP));
    }
}
