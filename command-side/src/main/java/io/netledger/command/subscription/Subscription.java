package io.netledger.command.subscription;

import static io.netledger.api.RuleViolation.check;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.netledger.api.Dates;
import io.netledger.api.Money;
import io.netledger.api.NotFound;
import io.netledger.api.RuleViolation;
import io.netledger.api.Text;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.plan.PlanTerms;
import io.netledger.api.subscription.ActivateSubscription;
import io.netledger.api.subscription.ChangeSubscriptionPlan;
import io.netledger.api.subscription.ExpireSubscription;
import io.netledger.api.subscription.ExtendSubscription;
import io.netledger.api.subscription.NetworkAssigned;
import io.netledger.api.subscription.NetworkChanged;
import io.netledger.api.subscription.NetworkReleased;
import io.netledger.api.subscription.NetworkSettings;
import io.netledger.api.subscription.PppoePasswordRotated;
import io.netledger.api.subscription.PrimaryNetworkChosen;
import io.netledger.api.subscription.ReactivateSubscription;
import io.netledger.api.subscription.RotatePppoePassword;
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
import io.netledger.command.plan.PlanLookup;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A customer's service on one NAS: its PPPoE account, its price and cycle (copied from the
 * plan when it was sold), its lifecycle and the networks assigned to it.
 *
 * <p>Lifecycle: {@code pending → active ⇄ suspended}, {@code active|suspended → expired},
 * {@code expired → active} (renewed), anything but terminated {@code → terminated} (final).
 * Creation, termination and the networks hold set-based claims (username and IP per NAS)
 * and go through {@link SubscriptionCreation}; the rules are all here.
 */
@Aggregate
class Subscription {

    private static final int MAX_REASON = 500;

    @AggregateIdentifier
    private Long subscriptionId;
    private long customerId;
    private long nasServerId;
    private String username;
    private long servicePlanId;
    private Money price;
    private BillingCycle billingCycle;
    private SubscriptionStatus status;
    private LocalDate startDate;
    private LocalDate endDate;
    private SubscriptionPlanChangeScheduled scheduled;
    private final Map<Long, NetworkSettings> networks = new LinkedHashMap<>();
    private Long primaryNetworkId;
    /** What the provisioning saga reports about the account on the router. */
    @AggregateMember
    private SubscriptionRouterWork routerWork;
    @AggregateMember
    private SubscriptionCpe cpe;
    @AggregateMember
    private SubscriptionFairUsage fairUsage;

    Subscription() {
    }

    Subscription(SubscriptionCreated created) {
        apply(created);
    }

    @CommandHandler
    long handle(ActivateSubscription command) {
        check(command.endDate() != null, "endDate is required");
        Dates.within("endDate", command.endDate());
        require(EnumSet.of(SubscriptionStatus.PENDING, SubscriptionStatus.EXPIRED), "activated");
        check(command.endDate().isAfter(startDate),
                "endDate " + command.endDate() + " must be after the start date " + startDate);
        apply(new SubscriptionActivated(subscriptionId, command.endDate()));
        startScheduledPlan();
        return getVersion();
    }

    /**
     * Active subscriptions are suspended by staff or for an overdue invoice; a pending one when provisioning
     * only when provisioning it failed after it was paid, so that staff see it waiting rather than silently
     * pending.
     */
    @CommandHandler
    long handle(SuspendSubscription command) {
        String reason = reason(command.reason());
        if (status == SubscriptionStatus.SUSPENDED) {
            return getVersion();
        }
        require(SuspendSubscription.PROVISIONING_FAILED.equals(reason)
                ? EnumSet.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.PENDING)
                : EnumSet.of(SubscriptionStatus.ACTIVE), "suspended");
        apply(new SubscriptionSuspended(subscriptionId, reason));
        return getVersion();
    }

    @CommandHandler
    long handle(ReactivateSubscription command) {
        if (status == SubscriptionStatus.ACTIVE) {
            return getVersion();
        }
        require(EnumSet.of(SubscriptionStatus.SUSPENDED), "reactivated");
        apply(new SubscriptionReactivated(subscriptionId));
        return getVersion();
    }

    @CommandHandler
    long handle(ExpireSubscription command) {
        if (status == SubscriptionStatus.EXPIRED) {
            return getVersion();
        }
        require(EnumSet.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.SUSPENDED), "expired");
        apply(new SubscriptionExpired(subscriptionId));
        return getVersion();
    }

    @CommandHandler
    long handle(ExtendSubscription command) {
        check(command.endDate() != null, "endDate is required");
        Dates.within("endDate", command.endDate());
        require(EnumSet.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.SUSPENDED), "extended");
        check(endDate == null || command.endDate().isAfter(endDate),
                "endDate " + command.endDate() + " must be after the current end date " + endDate);
        apply(new SubscriptionExtended(subscriptionId, command.endDate()));
        startScheduledPlan();
        return getVersion();
    }

    /**
     * A pending subscription takes the new plan at once; a running one from its next
     * period, which starts at the current end date: the period already paid for keeps
     * its price.
     */
    @CommandHandler
    long handle(ChangeSubscriptionPlan command, PlanLookup plans) {
        require(EnumSet.complementOf(EnumSet.of(SubscriptionStatus.TERMINATED)), "moved to another plan");
        boolean same = scheduled == null ? command.servicePlanId() == servicePlanId
                : command.servicePlanId() == scheduled.servicePlanId();
        if (same) {
            return getVersion();
        }
        PlanTerms terms = plans.sellable(command.servicePlanId());
        if (status == SubscriptionStatus.PENDING || endDate == null) {
            apply(new SubscriptionPlanChanged(subscriptionId, command.servicePlanId(), terms.price(),
                    terms.billingCycle()));
        } else {
            apply(new SubscriptionPlanChangeScheduled(subscriptionId, command.servicePlanId(), terms.price(),
                    terms.billingCycle(), endDate));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(RotatePppoePassword command) {
        check(command.password() != null, "password is required");
        require(EnumSet.complementOf(EnumSet.of(SubscriptionStatus.TERMINATED)), "given a new password");
        apply(new PppoePasswordRotated(subscriptionId, command.password()));
        return getVersion();
    }

    /**
     * The saga's compensation when work that should have given service failed (see
     * {@link SubscriptionRouterWork}): the same rule as a suspension for {@code provisioning_failed}, except
     * that books which moved on (suspended, expired, terminated) are left as they are.
     */
    void suspendAsProvisioningFailed() {
        if (status == SubscriptionStatus.ACTIVE || status == SubscriptionStatus.PENDING) {
            apply(new SubscriptionSuspended(subscriptionId, SuspendSubscription.PROVISIONING_FAILED));
        }
    }

    /**
     * Terminates for good, releasing every network first. Answers the released networks
     * with their IP addresses (or null), so that their claims can be freed.
     */
    Map<Long, String> terminate(String reason) {
        String why = reason(reason);
        check(status != SubscriptionStatus.TERMINATED, "subscription " + subscriptionId + " is already terminated");
        Map<Long, String> released = new LinkedHashMap<>();
        networks.forEach((networkId, settings) -> released.put(networkId, settings.ipAddress()));
        released.forEach((networkId, ip) -> apply(new NetworkReleased(subscriptionId, networkId, ip)));
        apply(new SubscriptionTerminated(subscriptionId, why));
        return released;
    }

    /**
     * Right after its creation, an account taken over from its router: given the secret's fixed address as its
     * primary network, marked as imported, then active until {@code endDate}, and suspended when the router has
     * it disabled. The network comes before the mark, so the router saga learns the address while nothing is on
     * the router in its eyes, and writes nothing.
     */
    void adopt(Long networkId, NetworkSettings network, SubscriptionImported imported, LocalDate endDate) {
        require(EnumSet.of(SubscriptionStatus.PENDING), "imported");
        check(endDate != null, "endDate is required");
        Dates.within("endDate", endDate);
        check(endDate.isAfter(startDate), "endDate " + endDate + " must be after the start date " + startDate);
        if (network != null) {
            assignNetwork(networkId, network);
        }
        apply(imported);
        apply(new SubscriptionActivated(subscriptionId, endDate));
        if (imported.disabled()) {
            apply(new SubscriptionSuspended(subscriptionId, SuspendSubscription.DISABLED_ON_ROUTER));
        }
    }

    void assignNetwork(long networkId, NetworkSettings settings) {
        require(EnumSet.complementOf(EnumSet.of(SubscriptionStatus.TERMINATED)), "given a network");
        check(!networks.containsKey(networkId), "network " + networkId + " is already assigned");
        check(!Boolean.FALSE.equals(settings.primary()) || !networks.isEmpty(),
                "the first network of a subscription is its primary one");
        apply(NetworkAssigned.of(subscriptionId, networkId, customerId, settings));
        if (networks.size() == 1 || Boolean.TRUE.equals(settings.primary())) {
            apply(new PrimaryNetworkChosen(subscriptionId, networkId));
        }
    }

    void changeNetwork(long networkId, NetworkSettings settings) {
        require(EnumSet.complementOf(EnumSet.of(SubscriptionStatus.TERMINATED)), "changed");
        NetworkSettings current = network(networkId);
        boolean isPrimary = Objects.equals(primaryNetworkId, networkId);
        check(!Boolean.FALSE.equals(settings.primary()) || !isPrimary,
                "network " + networkId + " is the primary one: make another network primary instead");
        if (!sameValues(current, settings)) {
            apply(NetworkChanged.of(subscriptionId, networkId, customerId, settings));
        }
        if (Boolean.TRUE.equals(settings.primary()) && !isPrimary) {
            apply(new PrimaryNetworkChosen(subscriptionId, networkId));
        }
    }

    void releaseNetwork(long networkId) {
        require(EnumSet.complementOf(EnumSet.of(SubscriptionStatus.TERMINATED)), "changed");
        NetworkSettings released = network(networkId);
        boolean wasPrimary = Objects.equals(primaryNetworkId, networkId);
        apply(new NetworkReleased(subscriptionId, networkId, released.ipAddress()));
        if (wasPrimary && !networks.isEmpty()) {
            apply(new PrimaryNetworkChosen(subscriptionId, networks.keySet().iterator().next()));
        }
    }

    NetworkSettings network(long networkId) {
        NetworkSettings settings = networks.get(networkId);
        if (settings == null) {
            throw new NotFound("network " + networkId + " is not assigned to subscription "
                    + subscriptionId);
        }
        return settings;
    }

    BillableSubscription billable() {
        return new BillableSubscription(subscriptionId, customerId, price, billingCycle, status, startDate);
    }

    long nasServerId() {
        return nasServerId;
    }

    String username() {
        return username;
    }

    private static boolean sameValues(NetworkSettings a, NetworkSettings b) {
        return Objects.equals(a.ipAddress(), b.ipAddress()) && Objects.equals(a.macAddress(), b.macAddress())
                && Objects.equals(a.interfaceName(), b.interfaceName()) && Objects.equals(a.vlanId(), b.vlanId())
                && Objects.equals(a.description(), b.description())
                && Objects.equals(a.networkConfig(), b.networkConfig());
    }

    private void require(Set<SubscriptionStatus> allowed, String what) {
        if (!allowed.contains(status)) {
            throw new RuleViolation("subscription " + subscriptionId + " is " + status.value() + " and cannot be "
                    + what);
        }
    }

    private static String reason(String reason) {
        check(reason != null && !reason.isBlank(), "reason is required");
        Text.lines("reason", reason, MAX_REASON);
        return reason.strip();
    }

    @EventSourcingHandler
    void on(SubscriptionCreated event) {
        subscriptionId = event.subscriptionId();
        customerId = event.customerId();
        nasServerId = event.nasServerId();
        username = event.username();
        servicePlanId = event.servicePlanId();
        price = event.price();
        billingCycle = event.billingCycle();
        startDate = event.startDate();
        status = SubscriptionStatus.PENDING;
        routerWork = new SubscriptionRouterWork(event.subscriptionId(), this::suspendAsProvisioningFailed);
        cpe = new SubscriptionCpe(event.subscriptionId());
        fairUsage = new SubscriptionFairUsage(event.subscriptionId(), () -> status);
    }

    @EventSourcingHandler
    void on(SubscriptionActivated event) {
        status = SubscriptionStatus.ACTIVE;
        endDate = event.endDate();
    }

    @EventSourcingHandler
    void on(SubscriptionSuspended event) {
        status = SubscriptionStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(SubscriptionReactivated event) {
        status = SubscriptionStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(SubscriptionExpired event) {
        status = SubscriptionStatus.EXPIRED;
    }

    @EventSourcingHandler
    void on(SubscriptionTerminated event) {
        status = SubscriptionStatus.TERMINATED;
    }

    @EventSourcingHandler
    void on(SubscriptionExtended event) {
        endDate = event.endDate();
    }

    @EventSourcingHandler
    void on(SubscriptionPlanChanged event) {
        servicePlanId = event.servicePlanId();
        price = event.price();
        billingCycle = event.billingCycle();
        scheduled = null;
    }

    @EventSourcingHandler
    void on(SubscriptionPlanChangeScheduled event) {
        scheduled = event;
    }

    @EventSourcingHandler
    void on(NetworkAssigned event) {
        networks.put(event.networkId(), new NetworkSettings(event.ipAddress(), event.macAddress(),
                event.interfaceName(), event.vlanId(), event.description(), null, event.networkConfig()));
    }

    @EventSourcingHandler
    void on(NetworkChanged event) {
        networks.put(event.networkId(), new NetworkSettings(event.ipAddress(), event.macAddress(),
                event.interfaceName(), event.vlanId(), event.description(), null, event.networkConfig()));
    }

    @EventSourcingHandler
    void on(NetworkReleased event) {
        networks.remove(event.networkId());
        if (Objects.equals(primaryNetworkId, event.networkId())) {
            primaryNetworkId = null;
        }
    }

    @EventSourcingHandler
    void on(PrimaryNetworkChosen event) {
        primaryNetworkId = event.networkId();
    }

    /** A plan change scheduled for the next period takes over once that period begins. */
    private void startScheduledPlan() {
        if (scheduled != null) {
            apply(new SubscriptionPlanChanged(subscriptionId, scheduled.servicePlanId(), scheduled.price(),
                    scheduled.billingCycle()));
        }
    }
}
