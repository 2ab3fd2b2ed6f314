package io.netledger.saga.reconciliation;

import io.netledger.api.AlreadyTaken;
import io.netledger.api.Causes;
import io.netledger.api.Ids;
import io.netledger.api.IspCalendar;
import io.netledger.api.PppUsername;
import io.netledger.api.RuleViolation;
import io.netledger.api.Text;
import io.netledger.api.customer.CustomerDetails;
import io.netledger.api.nas.NasEndpoint;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.plan.CreateServicePlan;
import io.netledger.api.plan.DataUnit;
import io.netledger.api.plan.FindServicePlans;
import io.netledger.api.plan.PlanTerms;
import io.netledger.api.plan.ServicePlanPage;
import io.netledger.api.plan.ServicePlanView;
import io.netledger.api.secret.SecretCipher;
import io.netledger.api.secret.Sealed;
import io.netledger.api.subscription.ImportRouterAccount;
import io.netledger.api.subscription.SubscriptionStatus;
import io.netledger.api.subscription.SubscriptionView;
import io.netledger.routeros.EncryptedPassword;
import io.netledger.routeros.PppProfileEntry;
import io.netledger.routeros.PppSecretEntry;
import io.netledger.routeros.RateLimit;
import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterGateway;
import io.netledger.routeros.RouterLogin;
import io.netledger.saga.PlanOnRouter;
import io.netledger.saga.RouterMark;
import io.netledger.saga.RouterProperties;
import io.netledger.saga.ServiceKind;
import io.netledger.saga.reconciliation.ImportReport.Account;
import io.netledger.saga.reconciliation.ImportReport.PlanMapping;
import io.netledger.saga.reconciliation.ImportReport.Refusal;
import io.netledger.saga.reconciliation.ImportRequest.PlanChoice;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes over an installation that predates NetLedger: reads a router's PPP secrets (with their passwords,
 * sealed as they are read) and profiles, maps each profile to a plan, and imports each secret as a customer
 * with an active subscription (suspended when the router has it disabled) that the router saga leaves as it is
 * on the router. A dry run answers the same report and writes nothing. A secret already in the books is left
 * alone, so a second import adds nothing; one import at a time per NAS is the caller's affair.
 */
final class RouterImport {

    private static final Logger log = LoggerFactory.getLogger(RouterImport.class);
    private static final int MAX_NAME = 255;

    private final RouterGateway router;
    private final RouterProperties routerProperties;
    private final QueryGateway queries;
    private final CommandGateway commands;
    private final SecretCipher secrets;
    private final IspCalendar calendar;

    RouterImport(RouterGateway router, RouterProperties routerProperties, QueryGateway queries,
            CommandGateway commands, SecretCipher secrets, IspCalendar calendar) {
        this.router = router;
        this.routerProperties = routerProperties;
        this.queries = queries;
        this.commands = commands;
        this.secrets = secrets;
        this.calendar = calendar;
    }

    /** Staff's choices that make no sense are refused whole ({@link RuleViolation}) before anything is written. */
    ImportReport run(long nasId, NasEndpoint endpoint, ImportRequest request, boolean dryRun) throws RouterFailure {
        LocalDate today = calendar.today();
        LocalDate until = activeUntil(request.activeUntil(), today);
        RouterLogin nas = routerProperties.loginTo(endpoint);
        Map<String, PppProfileEntry> profiles = new LinkedHashMap<>();
        router.pppProfiles(nas).forEach(profile -> profiles.put(profile.name(), profile));
        request.plans().keySet().stream().filter(profile -> !profiles.containsKey(profile)).findFirst()
                .ifPresent(profile -> {
                    throw new RuleViolation("plans names the profile " + profile + ", which the router does not have");
                });
        Plans plans = new Plans(activePlans(), request.plans(), profiles);
        List<PppSecretEntry> found = router.pppSecretsWithPasswords(nas,
                password -> new EncryptedPassword(secrets.seal(password).value()));
        Set<String> inBooks = new HashSet<>();
        RouterReconciliation.subscriptionsOn(queries, nasId).stream()
                .filter(subscription -> subscription.status() != SubscriptionStatus.TERMINATED)
                .map(SubscriptionView::username).forEach(inBooks::add);

        List<PppSecretEntry> candidates = new ArrayList<>();
        List<PppSecretEntry> lines = new ArrayList<>();
        List<String> already = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (PppSecretEntry secret : found) {
            if (inBooks.contains(secret.name())) {
                already.add(secret.name());
                continue;
            }
            Optional<String> unfit = refusal(secret);
            if (unfit.isEmpty()) {
                lines.add(secret);
            }
            Optional<String> reason = unfit.or(() -> plans.refusal(secret.profile()));
            if (reason.isPresent()) {
                refused.add(new Refusal(secret.name(), reason.get()));
            } else {
                candidates.add(secret);
            }
        }
        List<Account> accounts = new ArrayList<>();
        for (PppSecretEntry secret : candidates) {
            if (dryRun) {
                accounts.add(account(secret, null, null, null));
                continue;
            }
            long planId = plans.planFor(secret.profile(), nasId);
            try {
                accounts.add(take(nasId, secret, planId, today, until));
            } catch (RuntimeException failure) {
                // Imported meanwhile (a concurrent import, or the books' read model behind): already there.
                Optional<AlreadyTaken> taken = Causes.find(failure, AlreadyTaken.class);
                if (taken.isPresent() && PppUsername.CLAIM_SCOPE.equals(taken.get().scope())) {
                    already.add(secret.name());
                    continue;
                }
                String why = taken.map(Throwable::getMessage)
                        .or(() -> Causes.find(failure, RuleViolation.class).map(Throwable::getMessage))
                        .orElseThrow(() -> failure);
                refused.add(new Refusal(secret.name(), why));
            }
        }
        if (!dryRun) {
            log.info("Imported {} of {} PPP secrets from NAS {} ({} already in NetLedger, {} not importable)",
                    accounts.size(), found.size(), nasId, already.size(), refused.size());
        }
        return new ImportReport(nasId, dryRun, found.size(), until, plans.mappings(lines), accounts, already,
                refused);
    }

    private Account take(long nasId, PppSecretEntry secret, long planId, LocalDate today, LocalDate until) {
        long customerId = Ids.next();
        long subscriptionId = Ids.next();
        Long networkId = secret.remoteAddress() == null ? null : Ids.next();
        Map<String, Object> foundOnRouter = new LinkedHashMap<>();
        foundOnRouter.put("profile", secret.profile());
        foundOnRouter.put("service", secret.service());
        if (secret.comment() != null) {
            foundOnRouter.put("comment", secret.comment());
        }
        CustomerDetails customer = new CustomerDetails(customerName(secret), null, null, null, null, null, null,
                null, Map.of("importedFrom", Map.of("nasServerId", String.valueOf(nasId), "secret", secret.name())));
        String code = commands.sendAndWait(new ImportRouterAccount(subscriptionId, customerId, customer, planId,
                nasId, secret.name(), new Sealed(secret.password().ciphertext()), secret.id().value(), foundOnRouter,
                secret.remoteAddress(), networkId, secret.disabled(), today, until));
        return account(secret, customerId, code, subscriptionId);
    }

    private static Account account(PppSecretEntry secret, Long customerId, String code, Long subscriptionId) {
        return new Account(secret.name(), customerName(secret), secret.profile(), secret.remoteAddress(),
                secret.disabled() ? SubscriptionStatus.SUSPENDED : SubscriptionStatus.ACTIVE, customerId, code,
                subscriptionId);
    }

    /** Why a secret cannot become a subscription, whatever staff decide about plans. */
    private static Optional<String> refusal(PppSecretEntry secret) {
        if (!RouterReconciliation.customerLine(secret)) {
            return Optional.of("service " + secret.service() + " is not a PPPoE customer line");
        }
        if (RouterMark.ours(secret.comment())) {
            return Optional.of("written by NetLedger but in no subscription's books: reconciliation removes it");
        }
        if (secret.password() == null) {
            return Optional.of("the router did not send its password: give the API user's group the "
                    + "'sensitive' policy, then import again");
        }
        try {
            PppUsername.of(secret.name());
        } catch (RuleViolation e) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }

    /** The secret's comment when it reads as a name (ISPs write the customer's name there), else the username. */
    private static String customerName(PppSecretEntry secret) {
        if (secret.comment() != null) {
            try {
                return Text.line("name", secret.comment().strip(), MAX_NAME);
            } catch (RuleViolation notAName) {
                // control characters or too long: the username will do
            }
        }
        return secret.name();
    }

    private static LocalDate activeUntil(LocalDate asked, LocalDate today) {
        if (asked != null) {
            if (!asked.isAfter(today)) {
                throw new RuleViolation("activeUntil " + asked + " must be after today, " + today);
            }
            return asked;
        }
        LocalDate endOfMonth = today.with(TemporalAdjusters.lastDayOfMonth());
        return endOfMonth.isAfter(today) ? endOfMonth : today.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
    }

    private List<ServicePlanView> activePlans() {
        return EveryPage.of(page -> queries.query(new FindServicePlans(true, page),
                ResponseTypes.instanceOf(ServicePlanPage.class)).join().content());
    }

    /** Which plan each profile's secrets are sold, as staff chose or as the plans' router profiles say. */
    private final class Plans {

        private final Map<String, PppProfileEntry> profiles;
        private final Map<String, Decision> decisions = new LinkedHashMap<>();

        Plans(List<ServicePlanView> active, Map<String, PlanChoice> chosen, Map<String, PppProfileEntry> profiles) {
            this.profiles = profiles;
            Map<Long, ServicePlanView> byId = new HashMap<>();
            Map<String, ServicePlanView> byProfile = new HashMap<>();
            for (ServicePlanView plan : active) {
                PlanOnRouter onRouter = PlanOnRouter.of(plan.id(), plan.uploadSpeed(), plan.downloadSpeed(),
                        plan.metadata());
                if (onRouter.service() == ServiceKind.PPPOE) {
                    byId.put(plan.id(), plan);
                    byProfile.putIfAbsent(onRouter.profile(), plan);
                }
            }
            for (PppProfileEntry profile : profiles.values()) {
                decisions.put(profile.name(), decide(profile, chosen.get(profile.name()), byId, byProfile));
            }
        }

        private static Decision decide(PppProfileEntry profile, PlanChoice choice, Map<Long, ServicePlanView> byId,
                Map<String, ServicePlanView> byProfile) {
            String name = profile.name();
            Optional<RateLimit> speeds = profile.speeds();
            if (choice != null && choice.servicePlanId() != null) {
                ServicePlanView plan = byId.get(choice.servicePlanId());
                if (plan == null) {
                    throw new RuleViolation("plans." + name + ".servicePlanId " + choice.servicePlanId()
                            + " names no active PPPoE plan");
                }
                return Decision.existing(plan);
            }
            ServicePlanView matching = byProfile.get(name);
            if (matching != null) {
                // A plan already carries this profile (the last import made it): importing again makes no second.
                return Decision.existing(matching);
            }
            if (choice != null) {
                if (choice.price() == null) {
                    throw new RuleViolation("plans." + name + " needs a servicePlanId, or a price for a new plan");
                }
                if (speeds.isEmpty()) {
                    throw new RuleViolation("profile " + name + " sets no rate limit to make a plan of: give "
                            + "plans." + name + ".servicePlanId");
                }
                String planName = Text.line("plans." + name + ".name",
                        choice.name() == null || choice.name().isBlank() ? name : choice.name().strip(), MAX_NAME);
                return Decision.created(new PlanTerms(planName, "imported from the router's PPP profile " + name,
                        choice.price(), choice.billingCycle() == null ? BillingCycle.MONTHLY : choice.billingCycle(),
                        speeds.get().downloadKbps(), speeds.get().uploadKbps(), null, DataUnit.UNLIMITED, 1,
                        Map.of("routerProfile", name, "service", "pppoe")));
            }
            return Decision.refused(speeds.isPresent()
                    ? "no plan uses profile " + name + " (" + speeds.get().toRouterOs() + "): give plans." + name
                            + ".price to create one, or plans." + name + ".servicePlanId"
                    : "no plan uses profile " + name + ", which sets no rate limit: give plans." + name
                            + ".servicePlanId");
        }

        Optional<String> refusal(String profile) {
            Decision decision = decisions.get(profile);
            if (decision == null) {
                return Optional.of("profile " + profile + " is not on the router");
            }
            return Optional.ofNullable(decision.refusal());
        }

        /** The plan's id, creating it the first time a secret of a new profile is imported. */
        long planFor(String profile, long nasId) {
            Decision decision = decisions.get(profile);
            if (decision.planId() == null) {
                long planId = Ids.next();
                commands.sendAndWait(new CreateServicePlan(planId, decision.terms()));
                log.info("Created plan {} ({}) for profile {} of NAS {}", planId, decision.terms().name(), profile,
                        nasId);
                decision = decision.withId(planId);
                decisions.put(profile, decision);
            }
            return decision.planId();
        }

        /**
         * Each profile that secrets to import use: its plan and how many accounts it takes, or {@code none} and how
         * many wait for staff to choose one.
         */
        List<PlanMapping> mappings(List<PppSecretEntry> waiting) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            waiting.forEach(secret -> counts.merge(secret.profile(), 1, Integer::sum));
            List<PlanMapping> mappings = new ArrayList<>();
            decisions.forEach((profile, decision) -> {
                int accounts = counts.getOrDefault(profile, 0);
                String rateLimit = profiles.get(profile).rateLimit();
                if (decision.refusal() == null) {
                    mappings.add(new PlanMapping(profile, rateLimit, decision.created() ? "new" : "existing",
                            decision.planId(), decision.terms().name(),
                            decision.terms().price().amount().toPlainString(), accounts));
                } else if (accounts > 0) {
                    mappings.add(new PlanMapping(profile, rateLimit, "none", null, null, null, accounts));
                }
            });
            return mappings;
        }
    }

    /** A profile's plan: an existing one, one to create (id once created), or why there is none. */
    private record Decision(Long planId, PlanTerms terms, boolean created, String refusal) {

        static Decision existing(ServicePlanView plan) {
            return new Decision(plan.id(), new PlanTerms(plan.name(), plan.description(), plan.price(),
                    plan.billingCycle(), plan.downloadSpeed(), plan.uploadSpeed(), plan.dataLimit(), plan.dataUnit(),
                    plan.concurrentConnections(), plan.metadata()), false, null);
        }

        static Decision created(PlanTerms terms) {
            return new Decision(null, terms, true, null);
        }

        static Decision refused(String why) {
            return new Decision(null, null, false, why);
        }

        Decision withId(long id) {
            return new Decision(id, terms, created, null);
        }
    }
}
