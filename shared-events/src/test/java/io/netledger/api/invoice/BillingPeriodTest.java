package io.netledger.api.invoice;

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
        assertThat(BillingPeriod.startOn(start, BillingCycle.MONTHLY, LocalDate.of(2026, 2, 28)))
                .as("on the day itself").contains(LocalDate.of(2026, 2, 28));
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

    @Test
    void theNextPeriodFollowsTheLastBilledOneOnTheSubscriptionsOwnDays() {
        LocalDate start = LocalDate.of(2026, 1, 31);
        assertThat(BillingPeriod.after(start, BillingCycle.MONTHLY, start)).contains(LocalDate.of(2026, 2, 28));
        assertThat(BillingPeriod.after(start, BillingCycle.MONTHLY, LocalDate.of(2026, 2, 28)))
                .as("back on the 31st, not the 28th").contains(LocalDate.of(2026, 3, 31));
        assertThat(BillingPeriod.after(start, BillingCycle.MONTHLY, LocalDate.of(2026, 4, 30)))
                .contains(LocalDate.of(2026, 5, 31));
        assertThat(BillingPeriod.after(LocalDate.of(2024, 2, 29), BillingCycle.YEARLY, LocalDate.of(2025, 2, 28)))
                .contains(LocalDate.of(2026, 2, 28));
    }

    @Test
    void aPeriodBilledOffTheSubscriptionsDaysIsFollowedByItsNextOwnPeriod() {
        LocalDate start = LocalDate.of(2026, 10, 1);
        assertThat(BillingPeriod.after(start, BillingCycle.MONTHLY, LocalDate.of(2026, 11, 15)))
                .contains(LocalDate.of(2026, 12, 1));
        assertThat(BillingPeriod.after(start, BillingCycle.MONTHLY, LocalDate.of(2026, 9, 15)))
                .as("billed before the start: the start comes next").contains(start);
    }

    @Test
    void aCustomCycleHasNoNextPeriodOfItsOwn() {
        assertThat(BillingPeriod.after(LocalDate.of(2026, 10, 1), BillingCycle.CUSTOM, LocalDate.of(2026, 10, 1)))
                .isEmpty();
    }

    @Test
    void aPeriodEndsWhereTheNextBegins() {
        LocalDate start = LocalDate.of(2026, 1, 31);
        assertThat(BillingPeriod.endOf(start, BillingCycle.MONTHLY, start)).contains(LocalDate.of(2026, 2, 28));
        assertThat(BillingPeriod.endOf(start, BillingCycle.MONTHLY, LocalDate.of(2026, 2, 28)))
                .as("no unbilled days before the period from 31 March").contains(LocalDate.of(2026, 3, 31));
        assertThat(BillingPeriod.endOf(LocalDate.of(2024, 2, 29), BillingCycle.YEARLY, LocalDate.of(2027, 2, 28)))
                .contains(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aPeriodOffTheSubscriptionsDaysLastsOneCycle() {
        LocalDate start = LocalDate.of(2026, 10, 1);
        assertThat(BillingPeriod.endOf(start, BillingCycle.MONTHLY, LocalDate.of(2026, 11, 15)))
                .contains(LocalDate.of(2026, 12, 15));
        assertThat(BillingPeriod.endOf(start, BillingCycle.YEARLY, LocalDate.of(2026, 9, 1)))
                .as("before the start").contains(LocalDate.of(2027, 9, 1));
        assertThat(BillingPeriod.endOf(start, BillingCycle.CUSTOM, start)).isEmpty();
    }
}
