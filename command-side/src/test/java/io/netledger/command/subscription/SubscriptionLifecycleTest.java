package io.netledger.command.subscription;

import io.netledger.api.Money;
import io.netledger.api.RuleViolation;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.plan.DataUnit;
import io.netledger.api.plan.PlanTerms;
import io.netledger.api.plan.ServicePlanCreated;
import io.netledger.api.plan.ServicePlanDeactivated;
import io.netledger.api.secret.Sealed;
import io.netledger.api.subscription.ActivateSubscription;
import io.netledger.api.subscription.ChangeSubscriptionPlan;
import io.netledger.api.subscription.ExpireSubscription;
import io.netledger.api.subscription.ExtendSubscription;
import io.netledger.api.subscription.PppoePasswordRotated;
import io.netledger.api.subscription.ReactivateSubscription;
import io.netledger.api.provisioning.RecordRouterSync;
import io.netledger.api.subscription.RotatePppoePassword;
import io.netledger.api.subscription.SubscriptionActivated;
import io.netledger.api.subscription.SubscriptionCreated;
import io.netledger.api.subscription.SubscriptionExpired;
import io.netledger.api.subscription.SubscriptionExtended;
import io.netledger.api.subscription.SubscriptionPlanChangeScheduled;
import io.netledger.api.subscription.SubscriptionPlanChanged;
import io.netledger.api.subscription.SubscriptionReactivated;
import io.netledger.api.provisioning.SubscriptionRouterSynced;
import io.netledger.api.subscription.SubscriptionSuspended;
import io.netledger.api.subscription.SubscriptionTerminated;
import io.netledger.api.subscription.SuspendSubscription;
import io.netledger.command.plan.PlanLookups;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The subscription's lifecycle, period and plan rules, command by command. */
class SubscriptionLifecycleTest {

    private static final long SUB = 913_000_000_000_000_501L;
    private static final long HOME = 913_000_000_000_000_101L;
    private static final long FAST = 913_000_000_000_000_102L;
    private static final long RETIRED = 913_000_000_000_000_103L;
    private static final LocalDate START = LocalDate.of(2026, 11, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 1);
    private static final Money HOME_PRICE = Money.parse("150000");
    private static final Money FAST_PRICE = Money.parse("300000");

    private static final SubscriptionCreated CREATED = new SubscriptionCreated(SUB, 913_000_000_000_000_301L, HOME,
            913_000_000_000_000_201L, "budi@rumah", new Sealed("0a1b2c3d:c2VhbGVk"), HOME_PRICE,
            BillingCycle.MONTHLY, START);
    private static final SubscriptionActivated ACTIVATED = new SubscriptionActivated(SUB, END);

    private AggregateTestFixture<Subscription> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Subscription.class);
        fixture.registerInjectableResource(PlanLookups.of(
                ServicePlanCreated.of(HOME, plan("Home 20M", HOME_PRICE, BillingCycle.MONTHLY)),
                ServicePlanCreated.of(FAST, plan("Fast 50M", FAST_PRICE, BillingCycle.YEARLY)),
                ServicePlanCreated.of(RETIRED, plan("Old 5M", Money.parse("90000"), BillingCycle.MONTHLY)),
                new ServicePlanDeactivated(RETIRED)));
    }

    private static PlanTerms plan(String name, Money price, BillingCycle cycle) {
        return new PlanTerms(name, null, price, cycle, 20_000, 10_000, null, DataUnit.UNLIMITED, 1, Map.of());
    }

    @Test
    void aPendingSubscriptionIsActivatedUntilAnEndDateAfterItsStart() {
        fixture.given(CREATED)
                .when(new ActivateSubscription(SUB, null, END))
                .expectEvents(ACTIVATED);
        fixture.given(CREATED)
                .when(new ActivateSubscription(SUB, null, START))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("endDate 2026-11-01 must be after the start date 2026-11-01");
        fixture.given(CREATED)
                .when(new ActivateSubscription(SUB, null, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("endDate is required");
    }

    @Test
    void onlyPendingOrExpiredSubscriptionsAreActivated() {
        fixture.given(CREATED, ACTIVATED)
                .when(new ActivateSubscription(SUB, null, END.plusMonths(1)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("subscription " + SUB + " is active and cannot be activated");
        fixture.given(CREATED, ACTIVATED, new SubscriptionExpired(SUB))
                .when(new ActivateSubscription(SUB, null, END.plusMonths(1)))
                .expectEvents(new SubscriptionActivated(SUB, END.plusMonths(1)));
    }

    @Test
    void onlyAnActiveSubscriptionIsSuspendedAndOnlyWithAReason() {
        fixture.given(CREATED)
                .when(new SuspendSubscription(SUB, null, "telat bayar"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("subscription " + SUB + " is pending and cannot be suspended");
        fixture.given(CREATED, ACTIVATED)
                .when(new SuspendSubscription(SUB, null, "  telat bayar "))
                .expectEvents(new SubscriptionSuspended(SUB, "telat bayar"));
        fixture.given(CREATED, ACTIVATED)
                .when(new SuspendSubscription(SUB, null, " "))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("reason is required");
        fixture.given(CREATED, ACTIVATED)
                .when(new SuspendSubscription(SUB, null, "x".repeat(501)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("reason is longer than 500 characters");
        fixture.given(CREATED, ACTIVATED, new SubscriptionSuspended(SUB, "telat bayar"))
                .when(new SuspendSubscription(SUB, null, "lagi"))
                .expectNoEvents();
    }

    @Test
    void onlyASuspendedSubscriptionIsReactivated() {
        fixture.given(CREATED, ACTIVATED, new SubscriptionSuspended(SUB, "telat bayar"))
                .when(new ReactivateSubscription(SUB, null))
                .expectEvents(new SubscriptionReactivated(SUB));
        fixture.given(CREATED, ACTIVATED)
                .when(new ReactivateSubscription(SUB, null))
                .expectNoEvents();
        fixture.given(CREATED)
                .when(new ReactivateSubscription(SUB, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("subscription " + SUB + " is pending and cannot be reactivated");
    }

    @Test
    void runningSubscriptionsExpire() {
        fixture.given(CREATED, ACTIVATED)
                .when(new ExpireSubscription(SUB, null))
                .expectEvents(new SubscriptionExpired(SUB));
        fixture.given(CREATED, ACTIVATED, new SubscriptionSuspended(SUB, "telat bayar"))
                .when(new ExpireSubscription(SUB, null))
                .expectEvents(new SubscriptionExpired(SUB));
        fixture.given(CREATED, ACTIVATED, new SubscriptionExpired(SUB))
                .when(new ExpireSubscription(SUB, null))
                .expectNoEvents();
        fixture.given(CREATED)
                .when(new ExpireSubscription(SUB, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("subscription " + SUB + " is pending and cannot be expired");
    }

    @Test
    void aPeriodIsExtendedOnlyForwardAndOnlyWhileRunning() {
        fixture.given(CREATED, ACTIVATED)
                .when(new ExtendSubscription(SUB, null, END.plusMonths(1)))
                .expectEvents(new SubscriptionExtended(SUB, END.plusMonths(1)));
        fixture.given(CREATED, ACTIVATED)
                .when(new ExtendSubscription(SUB, null, END))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("endDate 2026-12-01 must be after the current end date 2026-12-01");
        fixture.given(CREATED)
                .when(new ExtendSubscription(SUB, null, END))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("subscription " + SUB + " is pending and cannot be extended");
    }

    @Test
    void aPendingSubscriptionTakesANewPlanAtOnceAtThatPlansPrice() {
        fixture.given(CREATED)
                .when(new ChangeSubscriptionPlan(SUB, null, FAST))
                .expectEvents(new SubscriptionPlanChanged(SUB, FAST, FAST_PRICE, BillingCycle.YEARLY));
    }

    @Test
    void aRunningSubscriptionKeepsItsPaidPeriodAndChangesPlanWhenTheNextBegins() {
        SubscriptionPlanChangeScheduled scheduled = new SubscriptionPlanChangeScheduled(SUB, FAST, FAST_PRICE,
                BillingCycle.YEARLY, END);
        fixture.given(CREATED, ACTIVATED)
                .when(new ChangeSubscriptionPlan(SUB, null, FAST))
                .expectEvents(scheduled);
        fixture.given(CREATED, ACTIVATED, scheduled)
                .when(new ExtendSubscription(SUB, null, END.plusYears(1)))
                .expectEvents(new SubscriptionExtended(SUB, END.plusYears(1)),
                        new SubscriptionPlanChanged(SUB, FAST, FAST_PRICE, BillingCycle.YEARLY));
        fixture.given(CREATED, ACTIVATED, scheduled, new SubscriptionExpired(SUB))
                .when(new ActivateSubscription(SUB, null, END.plusYears(1)))
                .expectEvents(new SubscriptionActivated(SUB, END.plusYears(1)),
                        new SubscriptionPlanChanged(SUB, FAST, FAST_PRICE, BillingCycle.YEARLY));
        fixture.given(CREATED, ACTIVATED, scheduled)
                .when(new ChangeSubscriptionPlan(SUB, null, FAST))
                .expectNoEvents();
    }

    @Test
    void theSamePlanIsNoChangeAndUnsoldPlansAreRefused() {
        fixture.given(CREATED)
                .when(new ChangeSubscriptionPlan(SUB, null, HOME))
                .expectNoEvents();
        fixture.given(CREATED)
                .when(new ChangeSubscriptionPlan(SUB, null, RETIRED))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("service plan " + RETIRED + " is deactivated and no longer sold");
        fixture.given(CREATED)
                .when(new ChangeSubscriptionPlan(SUB, null, 42L))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("servicePlanId 42 names no service plan");
    }

    @Test
    void theRouterSideIsRecorded() {
        fixture.given(CREATED, ACTIVATED)
                .when(new RecordRouterSync(SUB, null, " *1A ", Map.of("profile", "20M")))
                .expectEvents(new SubscriptionRouterSynced(SUB, "*1A", Map.of("profile", "20M")));
        fixture.given(CREATED)
                .when(new RecordRouterSync(SUB, null, "", Map.of()))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("mikrotikId is required");
        fixture.given(CREATED)
                .when(new RecordRouterSync(SUB, null, "x".repeat(65), null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("mikrotikId is longer than 64 characters");
    }

    @Test
    void aTerminatedSubscriptionRefusesEverything() {
        Object[] past = {CREATED, ACTIVATED, new SubscriptionTerminated(SUB, "pindah provider")};
        fixture.given(past).when(new ReactivateSubscription(SUB, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("subscription " + SUB + " is terminated and cannot be reactivated");
        fixture.given(past).when(new ActivateSubscription(SUB, null, END.plusMonths(1)))
                .expectException(RuleViolation.class);
        fixture.given(past).when(new ExtendSubscription(SUB, null, END.plusMonths(1)))
                .expectException(RuleViolation.class);
        fixture.given(past).when(new ChangeSubscriptionPlan(SUB, null, FAST))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("subscription " + SUB + " is terminated and cannot be moved to another plan");
        fixture.given(past).when(new RotatePppoePassword(SUB, null, new Sealed("0a1b2c3d:bmV3")))
                .expectException(RuleViolation.class);
        fixture.given(past).when(new ExpireSubscription(SUB, null))
                .expectException(RuleViolation.class);
    }

    @Test
    void aNewPppoePasswordArrivesSealed() {
        Sealed fresh = new Sealed("0a1b2c3d:bmV3");
        fixture.given(CREATED)
                .when(new RotatePppoePassword(SUB, null, fresh))
                .expectEvents(new PppoePasswordRotated(SUB, fresh));
        fixture.given(CREATED)
                .when(new RotatePppoePassword(SUB, null, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("password is required");
    }
}
