package io.netledger.saga.billing;

import io.netledger.api.plan.BillingCycle;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The period of a subscription that a date falls in, counted from the subscription's start
 * (so 31 January bills 28 February, then 31 March). Custom cycles have no fixed length and
 * are billed by hand.
 */
final class BillingPeriod {

    private BillingPeriod() {
    }

    static Optional<LocalDate> startOn(LocalDate subscriptionStart, BillingCycle cycle, LocalDate date) {
        if (cycle == BillingCycle.CUSTOM || date.isBefore(subscriptionStart)) {
            return Optional.empty();
        }
        ChronoUnit unit = cycle == BillingCycle.YEARLY ? ChronoUnit.YEARS : ChronoUnit.MONTHS;
        long periods = unit.between(subscriptionStart, date);
        LocalDate start = subscriptionStart.plus(periods, unit);
        // between() counts whole periods, but plus() clamps month ends: step back if it overshot.
        while (start.isAfter(date)) {
            periods--;
            start = subscriptionStart.plus(periods, unit);
        }
        return Optional.of(start);
    }
}
