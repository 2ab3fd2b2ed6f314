package io.netledger.command.subscription;

import static io.netledger.api.RuleViolation.check;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.netledger.api.subscription.ApplyFairUsage;
import io.netledger.api.subscription.FairUsageApplied;
import io.netledger.api.subscription.FairUsageLifted;
import io.netledger.api.subscription.LiftFairUsage;
import io.netledger.api.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * A subscription's fair-usage terms (its plan's {@code data_limit}): applied once per billing period when the
 * limit is reached, while the subscription is active, and lifted when the period ends or staff lift them. Part
 * of the subscription's stream (an aggregate member). A word from the poller that repeats what the books know
 * changes nothing, so the poller may say it on every poll.
 */
class SubscriptionFairUsage {

    private static final Set<String> REASONS = Set.of(LiftFairUsage.PERIOD_ENDED, LiftFairUsage.STAFF);

    private final long subscriptionId;
    private final Supplier<SubscriptionStatus> status;
    /** The period the terms apply in; null while the plan's normal terms hold. */
    private LocalDate appliedIn;
    /** The last period they were applied in, lifted or not: staff who lift them early are not overruled. */
    private LocalDate lastApplied;

    SubscriptionFairUsage(long subscriptionId, Supplier<SubscriptionStatus> status) {
        this.subscriptionId = subscriptionId;
        this.status = status;
    }

    @CommandHandler
    void handle(ApplyFairUsage command) {
        check(command.periodStart() != null && command.periodEnd() != null
                && command.periodStart().isBefore(command.periodEnd()), "a period starts before it ends");
        check(command.limitBytes() > 0 && command.usedBytes() >= command.limitBytes(),
                "fair usage applies once the limit is reached: used " + command.usedBytes() + " of "
                        + command.limitBytes());
        if (status.get() != SubscriptionStatus.ACTIVE || command.periodStart().equals(lastApplied)) {
            return;
        }
        apply(new FairUsageApplied(subscriptionId, command.periodStart(), command.periodEnd(), command.usedBytes(),
                command.limitBytes()));
    }

    /** Staff lift terms that hold; the end of a period lifts whatever holds, nothing when nothing does. */
    @CommandHandler
    long handle(LiftFairUsage command) {
        check(REASONS.contains(command.reason()), "reason must be one of " + REASONS);
        check(appliedIn != null || !LiftFairUsage.STAFF.equals(command.reason()),
                "subscription " + subscriptionId + " is not under fair-usage terms");
        if (appliedIn != null) {
            apply(new FairUsageLifted(subscriptionId, appliedIn, command.reason()));
        }
        return getVersion();
    }

    @EventSourcingHandler
    void on(FairUsageApplied event) {
        appliedIn = event.periodStart();
        lastApplied = event.periodStart();
    }

    @EventSourcingHandler
    void on(FairUsageLifted event) {
        appliedIn = null;
    }
}
