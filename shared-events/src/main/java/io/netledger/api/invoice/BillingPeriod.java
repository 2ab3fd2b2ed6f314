package io.netledger.api.invoice;

import io.netledger.api.plan.BillingCycle;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A subscription's billing periods, counted from its start (so 31 January bills 28 February,
 * then 31 March): billing runs and invoices issued by hand agree on where a period starts, and
 * one invoice per subscription and period holds across both. Custom cycles have no fixed length
 * and are billed by hand.
 */
public final class BillingPeriod {

    private BillingPeriod() {
    }

    /** The start of the period {@code date} falls in; empty for a custom cycle or before the subscription starts. */
    public static Optional<LocalDate> startOn(LocalDate subscriptionStart, BillingCycle cycle, LocalDate date) {
        if (cycle == BillingCycle.CUSTOM || date.isBefore(subscriptionStart)) {
            return Optional.empty();
        }
        return Optional.of(subscriptionStart.plus(periodsBefore(subscriptionStart, cycle, date), unit(cycle)));
    }

    /**
     * The start of the period after the one {@code billed} falls in: the subscription's start when {@code billed}
     * lies before it; empty for a custom cycle.
     */
    public static Optional<LocalDate> after(LocalDate subscriptionStart, BillingCycle cycle, LocalDate billed) {
        if (cycle == BillingCycle.CUSTOM) {
            return Optional.empty();
        }
        if (billed.isBefore(subscriptionStart)) {
            return Optional.of(subscriptionStart);
        }
        return Optional.of(subscriptionStart.plus(periodsBefore(subscriptionStart, cycle, billed) + 1, unit(cycle)));
    }

    /**
     * Where the period from {@code periodStart} ends, which is the day the next one starts: on the subscription's
     * own days when {@code periodStart} is one of them (31 January ends on 28 February, 28 February on 31 March),
     * else one cycle on. Empty for a custom cycle.
     */
    public static Optional<LocalDate> endOf(LocalDate subscriptionStart, BillingCycle cycle, LocalDate periodStart) {
        if (cycle == BillingCycle.CUSTOM) {
            return Optional.empty();
        }
        boolean ownDay = startOn(subscriptionStart, cycle, periodStart).filter(periodStart::equals).isPresent();
        return ownDay ? after(subscriptionStart, cycle, periodStart) : Optional.of(periodStart.plus(1, unit(cycle)));
    }

    /** How many whole periods lie between the start and {@code date} (not before the start). */
    private static long periodsBefore(LocalDate subscriptionStart, BillingCycle cycle, LocalDate date) {
        ChronoUnit unit = unit(cycle);
        long periods = unit.between(subscriptionStart, date);
        // between() counts whole calendar periods, but plus() clamps month ends (31 January + 1 month is
        // 28 February, which between() does not count as a month yet): step to the last start on or before date.
        while (periods > 0 && subscriptionStart.plus(periods, unit).isAfter(date)) {
            periods--;
        }
        while (!subscriptionStart.plus(periods + 1, unit).isAfter(date)) {
            periods++;
        }
        return periods;
    }

    private static ChronoUnit unit(BillingCycle cycle) {
        return cycle == BillingCycle.YEARLY ? ChronoUnit.YEARS : ChronoUnit.MONTHS;
    }
}
