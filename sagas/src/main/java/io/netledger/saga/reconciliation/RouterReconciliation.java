package io.netledger.saga.reconciliation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.netledger.api.NotFound;
import io.netledger.api.nas.FindNasServer;
import io.netledger.api.nas.NasServerView;
import io.netledger.api.nas.RouterDrift;
import io.netledger.api.nas.RouterDriftReport;
import io.netledger.api.nas.RouterReconciled;
import io.netledger.api.subscription.FindNetworks;
import io.netledger.api.subscription.FindSubscriptions;
import io.netledger.api.subscription.NetworkList;
import io.netledger.api.subscription.NetworkView;
import io.netledger.api.provisioning.RepairRouterAccount;
import io.netledger.api.subscription.SubscriptionPage;
import io.netledger.api.subscription.SubscriptionStatus;
import io.netledger.api.subscription.SubscriptionView;
import io.netledger.routeros.AddressListEntry;
import io.netledger.routeros.RouterLogin;
import io.netledger.routeros.PppSecretEntry;
import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterGateway;
import io.netledger.saga.NetworkCatalogue;
import io.netledger.saga.PlanOnRouter;
import io.netledger.saga.RouterMark;
import io.netledger.saga.ServiceKind;
import io.netledger.saga.SuspensionPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares what the books say each PPPoE subscription of a NAS should be on its router with the router's PPP
 * secrets: missing, extra, disabled or enabled against the books, wrong speed profile. Every run is recorded
 * ({@link RouterReconciled}: audit and {@code GET /nas-servers/{id}/drift}); unless the NAS is set to
 * {@code configuration.reconcile = "report-only"} (or its accounts are managed by hand), each drift is repaired, through the subscription's saga
 * where there is one so that the repair is retried and serialised with everything else on that account.
 *
 * <p>An account NetLedger did not make (its comment is not NetLedger's) is reported and never removed: ISPs
 * keep hand-made secrets for staff and test lines. Pending subscriptions are not judged: they are not meant to
 * be on the router yet. Hotspot and static-IP plans are not compared yet.
 */
final class RouterReconciliation {

    static final String REPORT_ONLY = "report-only";
    private static final Logger log = LoggerFactory.getLogger(RouterReconciliation.class);

    private final QueryGateway queries;
    private final RouterGateway router;
    private final NetworkCatalogue catalogue;
    private final CommandGateway commands;
    private final EventGateway events;
    private final MeterRegistry registry;
    private final Map<Long, AtomicInteger> driftGauges = new ConcurrentHashMap<>();

    RouterReconciliation(QueryGateway queries, RouterGateway router, NetworkCatalogue catalogue,
            CommandGateway commands, EventGateway events, MeterRegistry registry) {
        this.queries = queries;
        this.router = router;
        this.catalogue = catalogue;
        this.commands = commands;
        this.events = events;
        this.registry = registry;
    }

    /** Reconciles one NAS now; a router that cannot be read fails the run and records nothing. */
    RouterDriftReport reconcile(long nasId) throws RouterFailure {
        NasServerView server = queries.query(new FindNasServer(nasId),
                        ResponseTypes.optionalInstanceOf(NasServerView.class)).join()
                .orElseThrow(() -> new NotFound("NAS server " + nasId + " does not exist"));
        boolean repairing = !REPORT_ONLY.equals(String.valueOf(server.configuration() == null ? null
                : server.configuration().get("reconcile"))) && catalogue.managesAccounts(nasId);
        RouterLogin nas = catalogue.nas(nasId);
        SuspensionPolicy policy = catalogue.suspension();
        Map<String, PppSecretEntry> secrets = new LinkedHashMap<>();
        router.pppSecrets(nas).forEach(secret -> secrets.put(secret.name(), secret));

        List<RouterDrift> drifts = new ArrayList<>();
        Map<String, Watched> onIsolirWatch = new HashMap<>();
        List<Removal> removals = new ArrayList<>();
        Map<Long, PlanOnRouter> plans = new HashMap<>();
        int checked = 0;
        // A username freed by a termination may belong to a live subscription now: the live one owns the secret.
        List<SubscriptionView> subscriptions = new ArrayList<>(subscriptionsOn(queries, nasId));
        subscriptions.sort(Comparator.comparing(s -> s.status() == SubscriptionStatus.TERMINATED));
        Set<String> live = new HashSet<>();
        for (SubscriptionView subscription : subscriptions) {
            boolean terminated = subscription.status() == SubscriptionStatus.TERMINATED;
            if (terminated && live.contains(subscription.username())) {
                continue;
            }
            live.add(subscription.username());
            PppSecretEntry secret = secrets.remove(subscription.username());
            if (subscription.status() == SubscriptionStatus.PENDING) {
                continue;
            }
            PlanOnRouter plan = plans.get(subscription.servicePlanId());
            if (plan == null) {
                plan = catalogue.plan(subscription.servicePlanId());
                plans.put(subscription.servicePlanId(), plan);
            }
            if (!terminated) {
                onIsolirWatch.put(subscription.username(), new Watched(subscription, plan));
            }
            if (plan.service() != ServiceKind.PPPOE) {
                continue;
            }
            checked++;
            // under its fair-usage terms the account holds the plan's fair-usage profile, not its own
            compare(subscription, secret, plan.underFairUsage(subscription.fairUsagePeriod() != null), policy)
                    .ifPresent(drifts::add);
        }
        drifts.addAll(compareIsolirList(nas, policy, onIsolirWatch, removals));
        // VPN and other non-PPPoE secrets are the ISP's own business, not customers' lines.
        secrets.values().stream().filter(RouterReconciliation::customerLine).forEach(stranger -> {
            drifts.add(new RouterDrift(stranger.name(), null, RouterDrift.EXTRA, "absent", describe(stranger),
                    ours(stranger)));
            if (ours(stranger)) {
                removals.add(() -> {
                    router.removePppSecret(nas, stranger.name());
                    router.kickActiveSessions(nas, stranger.name());
                });
            }
        });

        events.publish(new RouterReconciled(nasId, checked, List.copyOf(drifts), repairing));
        driftGauges.computeIfAbsent(nasId, id -> registry.gauge("netledger.reconciliation.drift",
                Tags.of("nas", String.valueOf(id)), new AtomicInteger())).set(drifts.size());
        if (repairing) {
            repair(nas, drifts, removals);
        }
        return new RouterDriftReport(nasId, Instant.now(), checked, repairing, List.copyOf(drifts));
    }

    private Optional<RouterDrift> compare(SubscriptionView subscription, PppSecretEntry secret,
            PlanOnRouter plan, SuspensionPolicy policy) {
        String user = subscription.username();
        long id = subscription.id();
        if (subscription.status() == SubscriptionStatus.TERMINATED) {
            return secret == null ? Optional.empty() : Optional.of(new RouterDrift(user, id,
                    RouterDrift.EXTRA, "absent (terminated)", describe(secret), ours(secret)));
        }
        if (secret == null) {
            return Optional.of(new RouterDrift(user, id, RouterDrift.MISSING, expected(subscription,
                    plan, policy), "absent", true));
        }
        boolean shouldBeDisabled = subscription.status() != SubscriptionStatus.ACTIVE && !policy.isolir();
        if (secret.disabled() != shouldBeDisabled) {
            return Optional.of(new RouterDrift(user, id,
                    secret.disabled() ? RouterDrift.DISABLED : RouterDrift.ENABLED,
                    expected(subscription, plan, policy), describe(secret), true));
        }
        if (!plan.profile().equals(secret.profile())) {
            return Optional.of(new RouterDrift(user, id, RouterDrift.WRONG_PROFILE,
                    expected(subscription, plan, policy), describe(secret), true));
        }
        return Optional.empty();
    }

    /**
     * Through the saga for a subscription's account; what belongs to no live subscription (a secret or an
     * isolir entry NetLedger made), directly.
     */
    private void repair(RouterLogin nas, List<RouterDrift> drifts, List<Removal> removals) {
        for (RouterDrift drift : drifts) {
            if (!drift.repairable() || drift.subscriptionId() == null) {
                continue;
            }
            try {
                commands.sendAndWait(new RepairRouterAccount(drift.subscriptionId(), drift.kind()));
            } catch (RuntimeException failure) {
                log.warn("Repairing {} of {} on {} failed: {}", drift.kind(), drift.username(), nas.host(),
                        failure.getMessage());
            }
        }
        for (Removal removal : removals) {
            try {
                removal.run();
            } catch (RouterFailure failure) {
                log.warn("Removing a leftover from {} failed: {}", nas.host(), failure.getMessage());
            }
        }
    }

    /**
     * The isolir list against the books: a suspended (or expired) subscription that is isolated rather than
     * disabled (isolir mode, or a static IP) must have its primary address on it; an entry NetLedger made
     * (comment {@code netledger:<username>}) must belong to such a subscription. Entries made by hand are
     * left alone.
     */
    private List<RouterDrift> compareIsolirList(RouterLogin nas, SuspensionPolicy policy,
            Map<String, Watched> live, List<Removal> removals) throws RouterFailure {
        Map<String, AddressListEntry> entries = new HashMap<>();
        router.addressListEntries(nas, policy.isolirList()).forEach(entry -> entries.put(entry.address(), entry));
        List<RouterDrift> drifts = new ArrayList<>();
        String onList = "on address list " + policy.isolirList();
        for (Watched watched : live.values()) {
            SubscriptionView subscription = watched.subscription();
            boolean isolated = subscription.status() != SubscriptionStatus.ACTIVE
                    && subscription.status() != SubscriptionStatus.PENDING
                    && (policy.isolir() || watched.plan().service() == ServiceKind.STATIC);
            if (!isolated) {
                continue;
            }
            String address = primaryAddress(subscription.id());
            if (address != null && entries.remove(address) == null) {
                drifts.add(new RouterDrift(subscription.username(), subscription.id(), RouterDrift.NOT_ISOLATED,
                        address + " " + onList, "not on it", true));
            }
        }
        for (AddressListEntry entry : entries.values()) {
            Optional<String> ours = RouterMark.isolatedUsername(entry.comment());
            if (ours.isEmpty()) {
                continue;
            }
            String username = ours.get();
            Watched owner = live.get(username);
            if (owner != null && owner.subscription().status() == SubscriptionStatus.ACTIVE) {
                drifts.add(new RouterDrift(username, owner.subscription().id(), RouterDrift.ISOLATED,
                        "not " + onList, entry.address() + " " + onList, true));
            } else if (owner == null) {
                drifts.add(new RouterDrift(username, null, RouterDrift.ISOLATED, "not " + onList,
                        entry.address() + " " + onList, true));
                removals.add(() -> router.removeAddressListEntry(nas, policy.isolirList(), entry.address()));
            }
        }
        return drifts;
    }

    private String primaryAddress(long subscriptionId) {
        return queries.query(new FindNetworks(subscriptionId), ResponseTypes.instanceOf(NetworkList.class)).join()
                .content().stream().filter(NetworkView::isPrimary).map(NetworkView::ipAddress)
                .filter(address -> address != null && !address.isBlank())
                .map(address -> address.endsWith("/32") ? address.substring(0, address.length() - 3) : address)
                .findFirst().orElse(null);
    }

    /** A live subscription of the NAS and its plan on the router. */
    private record Watched(SubscriptionView subscription, PlanOnRouter plan) {
    }

    /** Taking away something of NetLedger's that no live subscription owns. */
    @FunctionalInterface
    private interface Removal {
        void run() throws RouterFailure;
    }

    /** Every subscription of the NAS in the books, terminated ones included. */
    static List<SubscriptionView> subscriptionsOn(QueryGateway queries, long nasId) {
        return EveryPage.of(page -> queries.query(new FindSubscriptions(null, nasId, null, null, page),
                ResponseTypes.instanceOf(SubscriptionPage.class)).join().content());
    }

    private static String expected(SubscriptionView subscription, PlanOnRouter plan, SuspensionPolicy policy) {
        boolean on = subscription.status() == SubscriptionStatus.ACTIVE || policy.isolir();
        return (on ? "enabled" : "disabled") + ", profile " + plan.profile();
    }

    private static String describe(PppSecretEntry secret) {
        return (secret.disabled() ? "disabled" : "enabled") + ", profile " + secret.profile();
    }

    /** A PPPoE line, the kind of secret a customer's subscription has; VPN and other services are the ISP's own. */
    static boolean customerLine(PppSecretEntry secret) {
        return secret.service() == null || "pppoe".equals(secret.service()) || "any".equals(secret.service());
    }

    private static boolean ours(PppSecretEntry secret) {
        return RouterMark.ours(secret.comment());
    }
}
