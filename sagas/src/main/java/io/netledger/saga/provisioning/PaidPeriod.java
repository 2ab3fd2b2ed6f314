package io.netledger.saga.provisioning;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How far the subscription is paid for: the end date the books show, and the end of the latest paid period
 * while the books do not show it yet (a paid invoice waits for the router before the books move).
 */
record PaidPeriod(LocalDate endDate, LocalDate paidUntil) {

    static PaidPeriod none() {
        return new PaidPeriod(null, null);
    }

    PaidPeriod paid(LocalDate periodEnd) {
        boolean later = paidUntil == null || (periodEnd != null && periodEnd.isAfter(paidUntil));
        return new PaidPeriod(endDate, later ? periodEnd : paidUntil);
    }

    PaidPeriod endsOn(LocalDate date) {
        return new PaidPeriod(date, paidUntil);
    }

    /** The end date to extend the books to, if the paid period ends later than they say. */
    Optional<LocalDate> extension() {
        return paidUntil != null && (endDate == null || paidUntil.isAfter(endDate)) ? Optional.of(paidUntil)
                : Optional.empty();
    }

    /** The books were activated until the paid end. */
    PaidPeriod activated() {
        return new PaidPeriod(paidUntil, null);
    }

    /** The books were extended as far as they need to be. */
    PaidPeriod extended() {
        return new PaidPeriod(extension().orElse(endDate), null);
    }
}
