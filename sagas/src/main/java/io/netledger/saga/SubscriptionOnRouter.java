package io.netledger.saga;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.netledger.api.invoice.InvoiceOverdue;
import io.netledger.api.invoice.InvoicePaid;
import io.netledger.api.invoice.InvoiceReopened;
import io.netledger.api.subscription.ActivateSubscription;
import io.netledger.api.provisioning.CompleteRouterWork;
import io.netledger.api.subscription.ExtendSubscription;
import io.netledger.api.provisioning.FailRouterWork;
import io.netledger.api.subscription.NetworkAssigned;
import io.netledger.api.subscription.NetworkChanged;
import io.netledger.api.subscription.NetworkReleased;
import io.netledger.api.subscription.PppoePasswordRotated;
import io.netledger.api.subscription.PrimaryNetworkChosen;
import io.netledger.api.subscription.ReactivateSubscription;
import io.netledger.api.provisioning.RouterOperation;
import io.netledger.api.provisioning.RouterRepairRequested;
import io.netledger.api.provisioning.RouterWorkRetryRequested;
import io.netledger.api.provisioning.ScheduleRouterRetry;
import io.netledger.api.provisioning.StartRouterWork;
import io.netledger.api.subscription.SubscriptionActivated;
import io.netledger.api.subscription.SubscriptionCreated;
import io.netledger.api.subscription.SubscriptionExpired;
import io.netledger.api.subscription.SubscriptionExtended;
import io.netledger.api.subscription.SubscriptionPlanChangeScheduled;
import io.netledger.api.subscription.SubscriptionPlanChanged;
import io.netledger.api.subscription.SubscriptionReactivated;
import io.netledger.api.subscription.SubscriptionStatus;
import io.netledger.api.subscription.SubscriptionSuspended;
import io.netledger.api.subscription.SubscriptionTerminated;
import io.netledger.api.subscription.SuspendSubscription;
import io.netledger.routeros.EncryptedPassword;
import io.netledger.routeros.RouterLogin;
import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterGateway;
import io.netledger.routeros.RouterItemId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keeps one subscription's account on its router in line with the books, from its creation until it is gone
 * from the router after termination. One saga per subscription means its router work happens one operation
 * at a time and in the order the books changed: a suspension never overtakes the provisioning before it.
 *
 * <ul>
 *   <li>a paid invoice of a pending, suspended or expired subscription provisions it (plan profile, account
 *       enabled, off the isolir list), then activates it with the paid period's end date; a paid invoice of
 *       an active one only extends the end date;</li>
 *   <li>an invoice overdue for longer than the grace days, and a refund or chargeback that reopens a paid
 *       invoice, suspend the subscription; a suspension, by staff or so, turns the service off on the router
 *       (disable and kick, or isolir);</li>
 *   <li>a reactivation by staff turns it back on; a termination removes everything from the router;</li>
 *   <li>a plan change reaches the router at the start of the period it was scheduled for; a new PPPoE
 *       password or IP address at once.</li>
 * </ul>
 *
 * <p>A router that cannot be reached is tried again after a backoff through a persistent deadline; one that
 * refuses, or stays unreachable past the schedule, ends the operation as failed: a provisioning is undone
 * where that would leave a paid-for customer half on, the subscription is suspended as
 * {@code provisioning_failed}, and the failure is recorded for staff, who can retry it. The books change
 * first and the router follows: staff suspending a customer is never refused because a router is down
 * (docs/adr/0010). On a NAS whose accounts staff manage by hand the books are kept and the router left alone.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class SubscriptionOnRouter {

    static final String RETRY_DEADLINE = "router-retry";
    static final String GRACE_DEADLINE = "overdue-grace";
    static final String PLAN_DEADLINE = "plan-change";
    private static final ZoneId ISP_ZONE = ZoneId.of("Asia/Jakarta");
    private static final String SUBSCRIPTION = "subscriptionId";
    private static final Logger log = LoggerFactory.getLogger(SubscriptionOnRouter.class);

    /** What the router holds for the subscription, as far as this saga knows. */
    enum OnRouter { NOTHING, ENABLED, DISABLED, REMOVED }

    record RetryDue(RouterOperation operation) {
    }

    record GraceOver(long invoiceId) {
    }

    record PlanStarts(long servicePlanId) {
    }

    @Autowired
    private transient RouterGateway router;
    @Autowired
    private transient NetworkCatalogue catalogue;
    @Autowired
    private transient SagaCommands commands;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient RetrySchedule retries;
    @Autowired
    private transient ProvisioningMetrics metrics;
    @Autowired
    private transient RouterOutages outages;

    private long subscriptionId;
    private long nasServerId;
    private String username;
    private String password;
    private long routerPlanId;
    private SubscriptionStatus status;
    private LocalDate endDate;
    private final Map<Long, String> addresses = new LinkedHashMap<>();
    private Long primaryNetworkId;
    private OnRouter onRouter = OnRouter.NOTHING;

    /** The operation under way or failed, with what it needs to finish. */
    private RouterOperation operation;
    private String cause;
    private int attempts;
    private boolean failed;
    private Instant askedAt;
    private LocalDate extendTo;
    private String retryDeadline;
    /** Addresses the subscription no longer has that may still be on the isolir list. */
    private String staleAddress;

    /** The suspension this saga sent when it compensated, whose echo needs no router work: it undid that already. */
    private boolean suspendedByCompensation;

    private final Map<Long, String> graceDeadlines = new LinkedHashMap<>();
    private String planDeadline;

    @StartSaga
    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionCreated event) {
        subscriptionId = event.subscriptionId();
        nasServerId = event.nasServerId();
        username = event.username();
        password = event.passwordEncrypted().value();
        routerPlanId = event.servicePlanId();
        status = SubscriptionStatus.PENDING;
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(InvoicePaid event, @Timestamp Instant at) {
        Optional.ofNullable(graceDeadlines.remove(event.invoiceId()))
                .ifPresent(id -> deadlines.cancelSchedule(GRACE_DEADLINE, id));
        if (status == SubscriptionStatus.TERMINATED) {
            return;
        }
        extendTo = later(extendTo, event.periodEnd());
        boolean serving = status == SubscriptionStatus.ACTIVE && onRouter == OnRouter.ENABLED && !busy();
        if (serving) {
            extendBooks();
        } else {
            start(RouterOperation.PROVISION, "invoice " + event.invoiceId() + " paid", at);
        }
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(InvoiceOverdue event) {
        if (status != SubscriptionStatus.ACTIVE || graceDeadlines.containsKey(event.invoiceId())) {
            return;
        }
        int graceDays = catalogue.suspension().graceDays();
        graceDeadlines.put(event.invoiceId(),
                deadlines.schedule(Duration.ofDays(graceDays), GRACE_DEADLINE, new GraceOver(event.invoiceId())));
    }

    @DeadlineHandler(deadlineName = GRACE_DEADLINE)
    void on(GraceOver due) {
        if (graceDeadlines.remove(due.invoiceId()) != null && status == SubscriptionStatus.ACTIVE) {
            commands.send(new SuspendSubscription(subscriptionId, null,
                    "invoice " + due.invoiceId() + " overdue past the grace days"));
        }
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(InvoiceReopened event) {
        if (status == SubscriptionStatus.ACTIVE) {
            commands.send(new SuspendSubscription(subscriptionId, null, (event.chargeback() ? "chargeback" : "refund")
                    + " of paid invoice " + event.invoiceId()));
        }
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionActivated event, @Timestamp Instant at) {
        status = SubscriptionStatus.ACTIVE;
        endDate = event.endDate();
        if (onRouter != OnRouter.ENABLED && !busy()) {
            start(RouterOperation.PROVISION, "activated by staff", at);
        }
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionExtended event) {
        endDate = event.endDate();
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionSuspended event, @Timestamp Instant at) {
        status = SubscriptionStatus.SUSPENDED;
        boolean ownCompensation = suspendedByCompensation
                && SuspendSubscription.PROVISIONING_FAILED.equals(event.reason());
        suspendedByCompensation = false;
        serviceOff("suspended: " + event.reason(), ownCompensation, at);
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionExpired event, @Timestamp Instant at) {
        status = SubscriptionStatus.EXPIRED;
        serviceOff("expired", false, at);
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionReactivated event, @Timestamp Instant at) {
        status = SubscriptionStatus.ACTIVE;
        if (onRouter != OnRouter.ENABLED && !busy()) {
            start(RouterOperation.RESTORE, "reactivated", at);
        }
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionTerminated event, @Timestamp Instant at) {
        status = SubscriptionStatus.TERMINATED;
        graceDeadlines.values().forEach(id -> deadlines.cancelSchedule(GRACE_DEADLINE, id));
        graceDeadlines.clear();
        if (planDeadline != null) {
            deadlines.cancelSchedule(PLAN_DEADLINE, planDeadline);
        }
        if (onRouter == OnRouter.NOTHING && operation == null) {
            SagaLifecycle.end();
            return;
        }
        start(RouterOperation.TERMINATE, "terminated: " + event.reason(), at);
    }

    /** A plan change for a pending subscription takes over at once; a scheduled one waits for its period. */
    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionPlanChanged event, @Timestamp Instant at) {
        if (planDeadline != null || event.servicePlanId() == routerPlanId) {
            return;
        }
        routerPlanId = event.servicePlanId();
        resync(RouterOperation.CHANGE_PLAN, "plan " + event.servicePlanId(), at);
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(SubscriptionPlanChangeScheduled event) {
        if (planDeadline != null) {
            deadlines.cancelSchedule(PLAN_DEADLINE, planDeadline);
        }
        Instant from = event.effectiveFrom().atStartOfDay(ISP_ZONE).toInstant();
        planDeadline = deadlines.schedule(from, PLAN_DEADLINE, new PlanStarts(event.servicePlanId()));
    }

    @DeadlineHandler(deadlineName = PLAN_DEADLINE)
    void on(PlanStarts starts) {
        planDeadline = null;
        if (starts.servicePlanId() != routerPlanId && status != SubscriptionStatus.TERMINATED) {
            routerPlanId = starts.servicePlanId();
            resync(RouterOperation.CHANGE_PLAN, "plan " + starts.servicePlanId() + " from this period", now());
        }
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(PppoePasswordRotated event, @Timestamp Instant at) {
        password = event.passwordEncrypted().value();
        resync(RouterOperation.SYNC, "new PPPoE password", at);
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(NetworkAssigned event, @Timestamp Instant at) {
        String before = address();
        addresses.put(event.networkId(), event.ipAddress());
        if (primaryNetworkId == null) {
            primaryNetworkId = event.networkId();
        }
        addressMoved(before, at);
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(NetworkChanged event, @Timestamp Instant at) {
        String before = address();
        addresses.put(event.networkId(), event.ipAddress());
        addressMoved(before, at);
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(NetworkReleased event, @Timestamp Instant at) {
        String before = address();
        addresses.remove(event.networkId());
        if (event.networkId() == (primaryNetworkId == null ? -1 : primaryNetworkId)) {
            primaryNetworkId = null;
        }
        if (status != SubscriptionStatus.TERMINATED) {
            addressMoved(before, at);
        }
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(PrimaryNetworkChosen event, @Timestamp Instant at) {
        String before = address();
        primaryNetworkId = event.networkId();
        addressMoved(before, at);
    }

    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(RouterWorkRetryRequested event) {
        if (failed && operation != null) {
            failed = false;
            attempts = 0;
            attempt();
        }
    }

    /**
     * Reconciliation found the account out of line with the books: written again as the books say, unless
     * work under way is about to do that anyway.
     */
    @SagaEventHandler(associationProperty = SUBSCRIPTION)
    void on(RouterRepairRequested event, @Timestamp Instant at) {
        if (busy()) {
            return;
        }
        switch (status) {
            case ACTIVE -> onRouter = OnRouter.ENABLED;
            case SUSPENDED, EXPIRED -> onRouter = OnRouter.DISABLED;
            default -> {
                return;
            }
        }
        start(RouterOperation.SYNC, "repair: " + event.drift(), at);
    }

    @DeadlineHandler(deadlineName = RETRY_DEADLINE)
    void on(RetryDue due) {
        retryDeadline = null;
        if (due.operation() == operation && !failed) {
            attempt();
        }
    }

    private void serviceOff(String why, boolean alreadyUndone, Instant at) {
        if (alreadyUndone) {
            return;
        }
        if (onRouter == OnRouter.ENABLED || busy()) {
            start(RouterOperation.SUSPEND, why, at);
        }
    }

    /** A change to an account already on the router: written at once, the service staying on or off. */
    private void resync(RouterOperation kind, String why, Instant at) {
        boolean onTheRouter = onRouter == OnRouter.ENABLED || onRouter == OnRouter.DISABLED;
        if (onTheRouter && !busy() && status != SubscriptionStatus.TERMINATED) {
            start(kind, why, at);
        }
    }

    private void addressMoved(String before, Instant at) {
        String after = address();
        if (before != null && !before.equals(after)) {
            staleAddress = before;
        }
        if (!Objects.equals(before, after)) {
            resync(RouterOperation.SYNC, "address " + (after == null ? "removed" : after), at);
        }
    }

    /** A new operation replaces whatever was waiting for a retry: only the latest state of the books counts. */
    private void start(RouterOperation next, String why, Instant at) {
        if (retryDeadline != null) {
            deadlines.cancelSchedule(RETRY_DEADLINE, retryDeadline);
            retryDeadline = null;
        }
        if (!catalogue.managesAccounts(nasServerId)) {
            operation = null;
            if (next == RouterOperation.PROVISION || next == RouterOperation.RESTORE) {
                bringBooksInLine();
            } else if (next == RouterOperation.TERMINATE) {
                SagaLifecycle.end();
            }
            return;
        }
        operation = next;
        cause = why.length() > 200 ? why.substring(0, 200) : why;
        attempts = 0;
        failed = false;
        askedAt = at;
        commands.send(new StartRouterWork(subscriptionId, operation, cause));
        attempt();
    }

    private boolean busy() {
        return operation != null && !failed;
    }

    private void attempt() {
        attempts++;
        AccountOnRouter account = null;
        try {
            account = account();
            RouterItemId id = switch (operation) {
                case PROVISION, RESTORE -> {
                    RouterItemId on = account.turnOn();
                    onRouter = OnRouter.ENABLED;
                    yield on;
                }
                case SUSPEND -> {
                    account.turnOff();
                    onRouter = OnRouter.DISABLED;
                    yield null;
                }
                case TERMINATE -> {
                    account.remove();
                    onRouter = OnRouter.REMOVED;
                    yield null;
                }
                case CHANGE_PLAN, SYNC -> {
                    if (onRouter == OnRouter.ENABLED) {
                        yield account.turnOnAgain();
                    }
                    account.turnOff();
                    yield null;
                }
            };
            staleAddress = null;
            outages.up(account.nas());
            completed(id, account);
        } catch (StepFailed failure) {
            if (account != null && failure.mayPass()) {
                outages.down(account.nas());
            }
            failedAttempt(failure);
        }
    }

    private AccountOnRouter account() throws StepFailed {
        return account(true);
    }

    private AccountOnRouter account(boolean unlessRecentlyDown) throws StepFailed {
        PlanOnRouter plan;
        RouterLogin nas;
        try {
            plan = catalogue.plan(routerPlanId);
            nas = catalogue.nas(nasServerId);
        } catch (RouterFailure failure) {
            throw new StepFailed("look_up_nas_and_plan", failure);
        }
        if (unlessRecentlyDown) {
            try {
                outages.checkReachable(nas);
            } catch (RouterFailure failure) {
                throw new StepFailed("reach_router", failure);
            }
        }
        AccountOnRouter account = new AccountOnRouter(router, nas, username, new EncryptedPassword(password),
                address(), plan, catalogue.suspension());
        if (staleAddress != null) {
            try {
                router.removeAddressListEntry(nas, account.policy().isolirList(), staleAddress);
            } catch (RouterFailure failure) {
                throw new StepFailed("remove_old_isolir_entry", failure);
            }
        }
        return account;
    }

    private void completed(RouterItemId id, AccountOnRouter account) {
        RouterOperation done = operation;
        if (done == RouterOperation.PROVISION || done == RouterOperation.RESTORE) {
            bringBooksInLine();
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("service", account.plan().service().name().toLowerCase(Locale.ROOT));
        config.put("profile", account.plan().profile());
        config.put("rateLimit", account.plan().rateLimit().toRouterOs());
        commands.send(new CompleteRouterWork(subscriptionId, done, attempts, id == null ? null : id.value(), config));
        metrics.completed(done, Duration.between(askedAt == null ? now() : askedAt, now()));
        operation = null;
        cause = null;
        if (done == RouterOperation.TERMINATE) {
            SagaLifecycle.end();
        }
    }

    /** Paid for and on the router: active until the end of the paid period. */
    private void bringBooksInLine() {
        switch (status) {
            case PENDING, EXPIRED -> {
                if (extendTo != null) {
                    commands.send(new ActivateSubscription(subscriptionId, null, extendTo));
                    status = SubscriptionStatus.ACTIVE;
                    endDate = extendTo;
                    extendTo = null;
                }
            }
            case SUSPENDED -> {
                commands.send(new ReactivateSubscription(subscriptionId, null));
                status = SubscriptionStatus.ACTIVE;
                extendBooks();
            }
            case ACTIVE -> extendBooks();
            default -> {
            }
        }
    }

    private void extendBooks() {
        if (extendTo != null && (endDate == null || extendTo.isAfter(endDate))) {
            commands.send(new ExtendSubscription(subscriptionId, null, extendTo));
            endDate = extendTo;
        }
        extendTo = null;
    }

    private void failedAttempt(StepFailed failure) {
        Optional<Duration> wait = failure.mayPass() ? retries.delayBeforeAttempt(attempts + 1) : Optional.empty();
        if (wait.isPresent()) {
            retryDeadline = deadlines.schedule(wait.get(), RETRY_DEADLINE, new RetryDue(operation));
            metrics.retried(operation);
            commands.send(new ScheduleRouterRetry(subscriptionId, operation, failure.step(), attempts,
                    failure.error(), now().plus(wait.get())));
            return;
        }
        failed = true;
        String compensation = compensate();
        metrics.compensated(operation);
        log.warn("Router work {} for subscription {} failed at {} after {} attempts: {}; {}", operation.value(),
                subscriptionId, failure.step(), attempts, failure.error(), compensation);
        commands.send(new FailRouterWork(subscriptionId, operation, failure.step(), attempts, failure.error(),
                compensation));
    }

    /**
     * A customer who should have service but could not be given it is suspended, so the books say what the
     * router does; whatever the failed attempt switched on is switched off again first, so no one is left
     * with half a service. Work that turns service off or away has nothing to undo: the books already moved.
     */
    private String compensate() {
        return switch (operation) {
            case PROVISION, RESTORE -> {
                String undo = undo();
                boolean owed = status == SubscriptionStatus.PENDING || status == SubscriptionStatus.ACTIVE;
                if (owed) {
                    suspendedByCompensation = commands.send(new SuspendSubscription(subscriptionId, null,
                            SuspendSubscription.PROVISIONING_FAILED));
                    status = SubscriptionStatus.SUSPENDED;
                }
                yield undo + (owed ? "; subscription suspended (" + SuspendSubscription.PROVISIONING_FAILED + ")"
                        : "; subscription stays " + status.value());
            }
            case SUSPEND -> "nothing undone: the books say " + status.value()
                    + " while the router may still serve the customer; retry once the router is fixed";
            case TERMINATE -> "the account may still be on the router; retry once the router is fixed";
            case CHANGE_PLAN, SYNC -> "the router keeps the previous settings; retry once the router is fixed";
        };
    }

    /** One try even if the router just failed: one call of the attempt may fail where the next succeeds. */
    private String undo() {
        try {
            account(false).turnOff();
            onRouter = OnRouter.DISABLED;
            return "account switched off again on the router";
        } catch (StepFailed alsoFailed) {
            return "could not switch the account off again (" + alsoFailed.error() + ")";
        }
    }

    private String address() {
        return primaryNetworkId == null ? null : addresses.get(primaryNetworkId);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private Instant now() {
        return Instant.now();
    }
}
