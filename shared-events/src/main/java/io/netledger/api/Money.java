package io.netledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in Indonesian rupiah, always with exactly two decimals. Amounts with more
 * decimals are refused rather than rounded: a price typed as 150000.005 is a mistake.
 * Serialized as a decimal string ("150000.00") so no client ever sees a float.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);
    private static final int SCALE = 2;
    /** The digits before the decimal point that the read model's {@code numeric(15,2)} amount columns hold. */
    public static final int INTEGER_DIGITS = 13;
    private static final BigDecimal COLUMN_LIMIT = BigDecimal.TEN.pow(INTEGER_DIGITS);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("an amount in IDR has at most two decimals: " + amount.toPlainString());
        }
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** Reads "150000.00" or 150000 alike: JSON clients send either. */
    @JsonCreator
    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public static Money parse(String amount) {
        try {
            return new Money(new BigDecimal(amount.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an amount: " + amount);
        }
    }

    /**
     * This amount, if an amount column can store it; a rule violation naming {@code field} if not.
     * Checked where a command brings an amount in, not here in the constructor: an amount that
     * is already in an event must still be read back.
     */
    public Money storable(String field) {
        if (amount.abs().compareTo(COLUMN_LIMIT) >= 0) {
            throw new RuleViolation(field + " has at most " + INTEGER_DIGITS
                    + " digits before the decimal point: " + toString());
        }
        return this;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @JsonValue
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
