package io.netledger.saga.provisioning;

import io.netledger.api.subscription.ActivateSubscription;
import io.netledger.api.subscription.ExtendSubscription;
import io.netledger.api.subscription.ReactivateSubscription;
import io.netledger.api.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Paid for and on the router: the commands, in order, that make the books say "active until the end of the
     * paid period" for a subscription the books show in {@code status}. None when there is nothing to change.
     */
    List<Object> toBringInLine(long subscriptionId, SubscriptionStatus status) {
        List<Object> commands = new ArrayList<>();
        switch (status) {
            case PENDING, EXPIRED -> {
                if (paidUntil != null) {
                    commands.add(new ActivateSubscription(subscriptionId, null, paidUntil));
                }
            }
            case SUSPENDED -> {
                commands.add(new ReactivateSubscription(subscriptionId, null));
                extension().ifPresent(to -> commands.add(new ExtendSubscription(subscriptionId, null, to)));
            }
            case ACTIVE -> extension().ifPresent(to -> commands.add(new ExtendSubscription(subscriptionId, null, to)));
            default -> {
            }
        }
        return commands;
    }

    /** The period once the commands of {@link #toBringInLine} went out. */
    PaidPeriod inLine(SubscriptionStatus status) {
        return switch (status) {
            case PENDING, EXPIRED -> paidUntil == null ? this : activated();
            case SUSPENDED, ACTIVE -> extended();
            default -> this;
        };
    }
}
