package io.netledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void alwaysCarriesTwoDecimals() {
        assertThat(Money.parse("150000").toString()).isEqualTo("150000.00");
        assertThat(Money.of(new BigDecimal("99.5")).toString()).isEqualTo("99.50");
    }

    @Test
    void refusesFractionsOfASenRatherThanRoundingThem() {
        assertThatThrownBy(() -> Money.parse("1.005")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most two decimals");
    }

    @Test
    void trailingZerosBeyondTwoDecimalsAreNotFractions() {
        assertThat(Money.parse("10.500")).isEqualTo(Money.parse("10.5"));
    }

    @Test
    void refusesText() {
        assertThatThrownBy(() -> Money.parse("lima ribu")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalAmountsAreEqualWhateverTheirWrittenScale() {
        assertThat(Money.parse("150000")).isEqualTo(Money.parse("150000.00"));
        assertThat(Money.parse("1").plus(Money.parse("2.25"))).isEqualTo(Money.parse("3.25"));
    }

    @Test
    void anAmountColumnHoldsThirteenDigitsBeforeTheDecimalPoint() {
        assertThat(Money.parse("9999999999999.99").storable("price")).isEqualTo(Money.parse("9999999999999.99"));
        assertThat(Money.parse("-9999999999999.99").storable("amount").isNegative()).isTrue();
        assertThatThrownBy(() -> Money.parse("10000000000000").storable("price")).isInstanceOf(RuleViolation.class)
                .hasMessage("price has at most 13 digits before the decimal point: 10000000000000.00");
    }
}
