package io.netledger.saga.provisioning;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.netledger.api.IspCalendar;
import io.netledger.api.invoice.InvoicePaid;
import io.netledger.api.provisioning.RouterOperation;
import io.netledger.api.provisioning.RouterRepairRequested;
import io.netledger.api.provisioning.RouterWorkFailed;
import io.netledger.api.provisioning.RouterWorkRetryRequested;
import io.netledger.api.subscription.FairUsageApplied;
import io.netledger.api.subscription.FairUsageLifted;
import io.netledger.api.subscription.LiftFairUsage;
import io.netledger.api.subscription.NetworkAssigned;
import io.netledger.api.subscription.NetworkChanged;
import io.netledger.api.subscription.NetworkReleased;
import io.netledger.api.subscription.PppoePasswordRotated;
import io.netledger.api.subscription.PrimaryNetworkChosen;
import io.netledger.api.subscription.SubscriptionActivated;
import io.netledger.api.subscription.SubscriptionCreated;
import io.netledger.api.subscription.SubscriptionExpired;
import io.netledger.api.subscription.SubscriptionExtended;
import io.netledger.api.subscription.SubscriptionImported;
import io.netledger.api.subscription.SubscriptionPlanChangeScheduled;
import io.netledger.api.subscription.SubscriptionPlanChanged;
import io.netledger.api.subscription.SubscriptionReactivated;
import io.netledger.api.subscription.SubscriptionStatus;
import io.netledger.api.subscription.SubscriptionSuspended;
import io.netledger.api.subscription.SubscriptionTerminated;
import io.netledger.api.subscription.SuspendSubscription;
import io.netledger.saga.SagaCommands;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keeps one subscription's account on its router in line with the books, from its creation until it is gone
 * from the router after termination. One saga per subscription means its router work happens one operation
 * at a time and in the order the books changed: a suspension never overtakes the provisioning before it.
 *
 * <p>A paid invoice provisions a pending, suspended or expired subscription, then activates it until the paid
 * period's end (an active one is only extended); a suspension (by staff, or by dunning) turns the service off,
 * a reactivation on again, a termination removes it; a scheduled plan change reaches the router at the start
 * of its period, a new PPPoE password or IP address at once, a plan's fair-usage speeds once its data limit is
 * reached and until the period ends. Retries and compensation: see package-info.
 *
 * <p>Public only because Axon creates sagas through their public constructor; nothing else may use it.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class SubscriptionOnRouter {

    static final String RETRY_DEADLINE = "router-retry";
    static final String PLAN_DEADLINE = "plan-change";
    static final String FAIR_USAGE_DEADLINE = "fair-usage-ends";
    private static final String SUBSCRIPTION = "subscriptionId";

    record RetryDue(RouterOperation operation) {
    }

    record PlanStarts(long servicePlanId) {
    }

    record FairUsageEnds(LocalDate periodStart) {
    }

    @Autowired
    private transient AccountWriter writer;
    @Autowired
    private transient SagaCommands commands;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient RetrySchedule retries;
    @Autowired
    private transient WorkReports reports;
    @Autowired
    private transient IspCalendar calendar;

    private long subscriptionId;
    private AccountInBooks account;
    private SubscriptionStatus status;
    private PaidPeriod period = PaidPeriod.none();
    private OnRouter onRouter = OnRouter.NOTHING;
    private RouterWork work = RouterWork.none();
    private String planDeadline;
    private String fairUsageDeadline;
    /** Imported and not yet activated: the activation that follows an import finds the account in place. */
    private boolean adopted;
    /** Where in the subscription's stream the last failed provision or restore was recorded. */
    private Long failedProvisioningAt;

    @StartSaga
    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionCreated event) {
        subscriptionId = event.subscriptionId();
        account = AccountInBooks.of(event);
        status = SubscriptionStatus.PENDING;
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(InvoicePaid event, @Timestamp Instant at) {
        if (status == SubscriptionStatus.TERMINATED) {
            return;
        }
        period = period.paid(event.periodEnd());
        boolean serving = status == SubscriptionStatus.ACTIVE && onRouter == OnRouter.ENABLED && !work.busy();
        if (serving) {
            bringBooksInLine();
        } else {
            start(RouterOperation.PROVISION, "invoice " + event.invoiceId() + " paid", at);
        }
    }

    /** Found on the router by an import: the account is there as it is, and its activation writes nothing. */
    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionImported event) {
        onRouter = event.disabled() ? OnRouter.DISABLED : OnRouter.ENABLED;
        adopted = true;
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionActivated event, @Timestamp Instant at) {
        status = SubscriptionStatus.ACTIVE;
        period = period.endsOn(event.endDate());
        if (adopted) {
            adopted = false;
            return;
        }
        if (onRouter != OnRouter.ENABLED && !work.busy()) {
            start(RouterOperation.PROVISION, "activated by staff", at);
        }
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionExtended event) {
        period = period.endsOn(event.endDate());
    }

    /**
     * A provision or restore that failed for good is recorded with the suspension it causes right after it, in
     * one command (see FailRouterWork): that suspension needs no router work, the failed attempt undid it.
     */
    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(RouterWorkFailed event, EventMessage<?> message) {
        boolean gaveService = event.operation() == RouterOperation.PROVISION
                || event.operation() == RouterOperation.RESTORE;
        failedProvisioningAt = gaveService ? sequenceOf(message) : null;
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionSuspended event, EventMessage<?> message, @Timestamp Instant at) {
        status = SubscriptionStatus.SUSPENDED;
        Long sequence = sequenceOf(message);
        boolean compensation = SuspendSubscription.PROVISIONING_FAILED.equals(event.reason())
                && failedProvisioningAt != null && sequence != null && sequence == failedProvisioningAt + 1;
        if (!compensation) {
            serviceOff("suspended: " + event.reason(), at);
        }
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionExpired event, @Timestamp Instant at) {
        status = SubscriptionStatus.EXPIRED;
        serviceOff("expired", at);
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionReactivated event, @Timestamp Instant at) {
        status = SubscriptionStatus.ACTIVE;
        if (onRouter != OnRouter.ENABLED && !work.busy()) {
            start(RouterOperation.RESTORE, "reactivated", at);
        }
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionTerminated event, @Timestamp Instant at) {
        status = SubscriptionStatus.TERMINATED;
        if (planDeadline != null) {
            deadlines.cancelSchedule(PLAN_DEADLINE, planDeadline);
        }
        if (fairUsageDeadline != null) {
            deadlines.cancelSchedule(FAIR_USAGE_DEADLINE, fairUsageDeadline);
        }
        if (onRouter == OnRouter.NOTHING && work.operation() == null) {
            SagaLifecycle.end();
            return;
        }
        start(RouterOperation.TERMINATE, "terminated: " + event.reason(), at);
    }

    /** A plan change for a pending subscription takes over at once; a scheduled one waits for its period. */
    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionPlanChanged event, @Timestamp Instant at) {
        if (planDeadline != null || event.servicePlanId() == account.servicePlanId()) {
            return;
        }
        account = account.withPlan(event.servicePlanId());
        resync(RouterOperation.CHANGE_PLAN, "plan " + event.servicePlanId(), at);
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionPlanChangeScheduled event) {
        if (planDeadline != null) {
            deadlines.cancelSchedule(PLAN_DEADLINE, planDeadline);
        }
        planDeadline = deadlines.schedule(calendar.startOf(event.effectiveFrom()), PLAN_DEADLINE,
                new PlanStarts(event.servicePlanId()));
    }

    @DeadlineHandler(deadlineName = PLAN_DEADLINE)
    void on(PlanStarts starts) {
        planDeadline = null;
        if (starts.servicePlanId() != account.servicePlanId() && status != SubscriptionStatus.TERMINATED) {
            account = account.withPlan(starts.servicePlanId());
            resync(RouterOperation.CHANGE_PLAN, "plan " + starts.servicePlanId() + " from this period",
                    calendar.now());
        }
    }

    /** The plan's data limit reached: its fair-usage speeds until the period ends (then lifted), or staff lift them. */
    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(FairUsageApplied event, @Timestamp Instant at) {
        account = account.withFairUsage(true);
        fairUsageDeadline = deadlines.schedule(calendar.startOf(event.periodEnd()), FAIR_USAGE_DEADLINE,
                new FairUsageEnds(event.periodStart()));
        resync(RouterOperation.CHANGE_PLAN, "fair usage: " + event.usedBytes() + " bytes of " + event.limitBytes(), at);
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(FairUsageLifted event, @Timestamp Instant at) {
        if (fairUsageDeadline != null) {
            deadlines.cancelSchedule(FAIR_USAGE_DEADLINE, fairUsageDeadline);
            fairUsageDeadline = null;
        }
        account = account.withFairUsage(false);
        resync(RouterOperation.CHANGE_PLAN, "fair usage lifted: " + event.reason(), at);
    }

    @DeadlineHandler(deadlineName = FAIR_USAGE_DEADLINE)
    void on(FairUsageEnds ends) {
        fairUsageDeadline = null;
        commands.send(new LiftFairUsage(subscriptionId, LiftFairUsage.PERIOD_ENDED));
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(PppoePasswordRotated event, @Timestamp Instant at) {
        account = account.withPassword(event.passwordEncrypted().value());
        resync(RouterOperation.SYNC, "new PPPoE password", at);
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(NetworkAssigned event, @Timestamp Instant at) {
        follow(account.addresses().assigned(event.networkId(), event.ipAddress()), at);
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(NetworkChanged event, @Timestamp Instant at) {
        follow(account.addresses().changed(event.networkId(), event.ipAddress()), at);
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(NetworkReleased event, @Timestamp Instant at) {
        if (status == SubscriptionStatus.TERMINATED) {
            account = account.with(account.addresses().released(event.networkId()));
        } else {
            follow(account.addresses().released(event.networkId()), at);
        }
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(PrimaryNetworkChosen event, @Timestamp Instant at) {
        follow(account.addresses().primaryChosen(event.networkId()), at);
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(RouterWorkRetryRequested event) {
        if (work.retryable()) {
            work = work.again();
            attempt();
        }
    }

    /**
     * Reconciliation found the account out of line with the books: written again as the books say, unless
     * work under way is about to do that anyway.
     */
    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(RouterRepairRequested event, @Timestamp Instant at) {
        Optional<OnRouter> asBooksSay = OnRouter.asBooksSay(status);
        if (!work.busy() && asBooksSay.isPresent()) {
            onRouter = asBooksSay.get();
            start(RouterOperation.SYNC, "repair: " + event.drift(), at);
        }
    }

    @DeadlineHandler(deadlineName = RETRY_DEADLINE)
    void on(RetryDue due) {
        work = work.retryDue();
        if (work.awaits(due.operation())) {
            attempt();
        }
    }

    private void serviceOff(String why, Instant at) {
        if (onRouter == OnRouter.ENABLED || work.busy()) {
            start(RouterOperation.SUSPEND, why, at);
        }
    }

    /** A change to an account already on the router: written at once, the service staying on or off. */
    private void resync(RouterOperation kind, String why, Instant at) {
        boolean onTheRouter = onRouter == OnRouter.ENABLED || onRouter == OnRouter.DISABLED;
        if (onTheRouter && !work.busy() && status != SubscriptionStatus.TERMINATED) {
            start(kind, why, at);
        }
    }

    /** A new primary address reaches the router at once; the old one leaves the isolir list with it. */
    private void follow(Addresses next, Instant at) {
        String before = account.address();
        account = account.with(next.movedFrom(before));
        String after = account.address();
        if (!Objects.equals(before, after)) {
            resync(RouterOperation.SYNC, "address " + (after == null ? "removed" : after), at);
        }
    }

    /** A new operation replaces whatever was waiting for a retry: only the latest state of the books counts. */
    private void start(RouterOperation next, String why, Instant at) {
        if (work.retryDeadline() != null) {
            deadlines.cancelSchedule(RETRY_DEADLINE, work.retryDeadline());
        }
        if (!writer.managesAccounts(account.nasServerId())) {
            work = RouterWork.none();
            if (next == RouterOperation.PROVISION || next == RouterOperation.RESTORE) {
                bringBooksInLine();
            } else if (next == RouterOperation.TERMINATE) {
                SagaLifecycle.end();
            }
            return;
        }
        work = RouterWork.start(next, why, at);
        reports.started(subscriptionId, work);
        attempt();
    }

    private void attempt() {
        work = work.nextAttempt();
        try {
            AccountWriter.Written written = writer.write(work.operation(), account, onRouter);
            onRouter = written.onRouter();
            account = account.with(account.addresses().written());
            completed(written);
        } catch (StepFailed failure) {
            failedAttempt(failure);
        }
    }

    private void completed(AccountWriter.Written written) {
        RouterWork done = work;
        if (done.givesService()) {
            bringBooksInLine();
        }
        reports.completed(subscriptionId, done, written);
        work = RouterWork.none();
        if (done.operation() == RouterOperation.TERMINATE) {
            SagaLifecycle.end();
        }
    }

    /** Paid for and on the router: active until the end of the paid period. */
    private void bringBooksInLine() {
        List<Object> inLine = period.toBringInLine(subscriptionId, status);
        inLine.forEach(commands::send);
        period = period.inLine(status);
        status = inLine.isEmpty() ? status : SubscriptionStatus.ACTIVE;
    }

    /**
     * Retried while waiting may help and the schedule allows; otherwise given up and compensated: a customer
     * who should have service but could not be given it has whatever the attempt switched on switched off
     * again, and is suspended by the same command that records the failure, so the books say what the router
     * does and no one is left with half a service.
     */
    private void failedAttempt(StepFailed failure) {
        Optional<Duration> wait = failure.mayPass() ? retries.delayBeforeAttempt(work.attempts() + 1)
                : Optional.empty();
        if (wait.isPresent()) {
            work = work.waitingFor(deadlines.schedule(wait.get(), RETRY_DEADLINE, new RetryDue(work.operation())));
            reports.retrying(subscriptionId, work, failure, wait.get());
            return;
        }
        work = work.givenUp();
        String undone = work.givesService() ? undo() : null;
        boolean suspend = work.givesService()
                && (status == SubscriptionStatus.PENDING || status == SubscriptionStatus.ACTIVE);
        if (suspend) {
            status = SubscriptionStatus.SUSPENDED;
        }
        reports.failed(subscriptionId, work, failure, work.compensation(undone, suspend, status), suspend);
    }

    private String undo() {
        try {
            writer.switchOff(account);
            onRouter = OnRouter.DISABLED;
            return "account switched off again on the router";
        } catch (StepFailed alsoFailed) {
            return "could not switch the account off again (" + alsoFailed.error() + ")";
        }
    }

    private static Long sequenceOf(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
    }
}
