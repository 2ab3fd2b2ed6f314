package io.netledger.saga.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.plan.BillingCycle;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BillingPeriodTest {

    @Test
    void aMonthlyPeriodIsCountedFromTheSubscriptionsStart() {
        assertThat(BillingPeriod.startOn(LocalDate.of(2026, 10, 15), BillingCycle.MONTHLY, LocalDate.of(2026, 11, 20)))
                .contains(LocalDate.of(2026, 11, 15));
        assertThat(BillingPeriod.startOn(LocalDate.of(2026, 10, 15), BillingCycle.MONTHLY, LocalDate.of(2026, 11, 14)))
                .contains(LocalDate.of(2026, 10, 15));
    }

    @Test
    void aStartOnTheThirtyFirstFallsOnTheLastDayOfShorterMonths() {
        LocalDate start = LocalDate.of(2026, 1, 31);
        assertThat(BillingPeriod.startOn(start, BillingCycle.MONTHLY, LocalDate.of(2026, 3, 1)))
                .contains(LocalDate.of(2026, 2, 28));
        assertThat(BillingPeriod.startOn(start, BillingCycle.MONTHLY, LocalDate.of(2026, 3, 31)))
                .contains(LocalDate.of(2026, 3, 31));
        assertThat(BillingPeriod.startOn(start, BillingCycle.MONTHLY, LocalDate.of(2026, 11, 20)))
                .contains(LocalDate.of(2026, 10, 31));
    }

    @Test
    void aYearlyPeriodStartsOnTheAnniversary() {
        assertThat(BillingPeriod.startOn(LocalDate.of(2026, 1, 10), BillingCycle.YEARLY, LocalDate.of(2026, 11, 20)))
                .contains(LocalDate.of(2026, 1, 10));
        assertThat(BillingPeriod.startOn(LocalDate.of(2024, 2, 29), BillingCycle.YEARLY, LocalDate.of(2025, 3, 1)))
                .contains(LocalDate.of(2025, 2, 28));
    }

    @Test
    void customCyclesAndSubscriptionsNotStartedYetAreNotBilledByARun() {
        assertThat(BillingPeriod.startOn(LocalDate.of(2026, 11, 1), BillingCycle.CUSTOM, LocalDate.of(2026, 11, 20)))
                .isEmpty();
        assertThat(BillingPeriod.startOn(LocalDate.of(2026, 12, 1), BillingCycle.MONTHLY, LocalDate.of(2026, 11, 20)))
                .isEmpty();
    }
}
