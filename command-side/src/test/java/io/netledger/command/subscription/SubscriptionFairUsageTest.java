package io.netledger.command.subscription;

import io.netledger.api.Money;
import io.netledger.api.RuleViolation;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.secret.Sealed;
import io.netledger.api.subscription.ApplyFairUsage;
import io.netledger.api.subscription.FairUsageApplied;
import io.netledger.api.subscription.FairUsageLifted;
import io.netledger.api.subscription.LiftFairUsage;
import io.netledger.api.subscription.SubscriptionActivated;
import io.netledger.api.subscription.SubscriptionCreated;
import io.netledger.api.subscription.SubscriptionSuspended;
import io.netledger.command.plan.PlanLookups;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A plan's data limit reached in a billing period, as the subscription's history records it. */
class SubscriptionFairUsageTest {

    private static final long SUB = 913_000_000_000_000_811L;
    private static final LocalDate DEC = LocalDate.of(2026, 12, 1);
    private static final LocalDate JAN = LocalDate.of(2027, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2027, 2, 1);
    private static final long GB_10 = 10_000_000_000L;
    private static final SubscriptionCreated CREATED = new SubscriptionCreated(SUB, 913_000_000_000_000_311L,
            913_000_000_000_000_111L, 913_000_000_000_000_211L, "wati@rumah", new Sealed("0a1b2c3d:c2VhbGVk"),
            Money.parse("150000"), BillingCycle.MONTHLY, DEC);
    private static final SubscriptionActivated ACTIVE = new SubscriptionActivated(SUB, JAN);
    private static final FairUsageApplied APPLIED = new FairUsageApplied(SUB, DEC, JAN, GB_10 + 5, GB_10);

    private AggregateTestFixture<Subscription> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Subscription.class);
        fixture.registerInjectableResource(PlanLookups.of());
    }

    @Test
    void reachingTheLimitAppliesTheTermsForThePeriod() {
        fixture.given(CREATED, ACTIVE)
                .when(new ApplyFairUsage(SUB, DEC, JAN, GB_10 + 5, GB_10))
                .expectEvents(APPLIED);
    }

    @Test
    void theTermsApplyOncePerPeriodHoweverOftenThePollerSaysSo() {
        fixture.given(CREATED, ACTIVE, APPLIED)
                .when(new ApplyFairUsage(SUB, DEC, JAN, GB_10 * 2, GB_10))
                .expectNoEvents();
    }

    @Test
    void termsStaffLiftedAreNotAppliedAgainInTheSamePeriodButAreInTheNext() {
        FairUsageLifted lifted = new FairUsageLifted(SUB, DEC, LiftFairUsage.STAFF);
        fixture.given(CREATED, ACTIVE, APPLIED, lifted)
                .when(new ApplyFairUsage(SUB, DEC, JAN, GB_10 * 2, GB_10))
                .expectNoEvents();
        fixture.given(CREATED, ACTIVE, APPLIED, lifted)
                .when(new ApplyFairUsage(SUB, JAN, FEB, GB_10, GB_10))
                .expectEvents(new FairUsageApplied(SUB, JAN, FEB, GB_10, GB_10));
    }

    @Test
    void theEndOfThePeriodOrStaffLiftTheTermsAndNothingIsLiftedThatDoesNotHold() {
        fixture.given(CREATED, ACTIVE, APPLIED)
                .when(new LiftFairUsage(SUB, LiftFairUsage.PERIOD_ENDED))
                .expectEvents(new FairUsageLifted(SUB, DEC, LiftFairUsage.PERIOD_ENDED));
        fixture.given(CREATED, ACTIVE)
                .when(new LiftFairUsage(SUB, LiftFairUsage.PERIOD_ENDED))
                .expectNoEvents();
        fixture.given(CREATED, ACTIVE)
                .when(new LiftFairUsage(SUB, LiftFairUsage.STAFF))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void onlyAnActiveSubscriptionComesUnderTheTerms() {
        fixture.given(CREATED)
                .when(new ApplyFairUsage(SUB, DEC, JAN, GB_10, GB_10))
                .expectNoEvents();
        fixture.given(CREATED, ACTIVE, new SubscriptionSuspended(SUB, "telat bayar"))
                .when(new ApplyFairUsage(SUB, DEC, JAN, GB_10, GB_10))
                .expectNoEvents();
    }

    @Test
    void theTermsNeedALimitReachedInAPeriodAndAKnownReason() {
        fixture.given(CREATED, ACTIVE)
                .when(new ApplyFairUsage(SUB, DEC, JAN, GB_10 - 1, GB_10))
                .expectException(RuleViolation.class);
        fixture.given(CREATED, ACTIVE)
                .when(new ApplyFairUsage(SUB, JAN, DEC, GB_10, GB_10))
                .expectException(RuleViolation.class);
        fixture.given(CREATED, ACTIVE, APPLIED)
                .when(new LiftFairUsage(SUB, "because"))
                .expectException(RuleViolation.class);
    }
}
