package io.netledger.command.subscription;

import io.netledger.api.Money;
import io.netledger.api.RuleViolation;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.secret.Sealed;
import io.netledger.api.provisioning.CompleteRouterWork;
import io.netledger.api.provisioning.FailRouterWork;
import io.netledger.api.provisioning.RepairRouterAccount;
import io.netledger.api.provisioning.RetryRouterWork;
import io.netledger.api.provisioning.RouterRepairRequested;
import io.netledger.api.provisioning.RouterOperation;
import io.netledger.api.provisioning.RouterWorkCompleted;
import io.netledger.api.provisioning.RouterWorkFailed;
import io.netledger.api.provisioning.RouterWorkRetryRequested;
import io.netledger.api.provisioning.RouterWorkRetrying;
import io.netledger.api.provisioning.RouterWorkStarted;
import io.netledger.api.provisioning.ScheduleRouterRetry;
import io.netledger.api.provisioning.StartRouterWork;
import io.netledger.api.subscription.SubscriptionActivated;
import io.netledger.api.subscription.SubscriptionCreated;
import io.netledger.api.provisioning.SubscriptionRouterSynced;
import io.netledger.api.subscription.SubscriptionSuspended;
import io.netledger.api.subscription.SubscriptionTerminated;
import io.netledger.api.subscription.SuspendSubscription;
import io.netledger.command.plan.PlanLookups;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the sagas record on a subscription about its router: started, retrying, failed, completed, retried. */
class SubscriptionRouterWorkTest {

    private static final long SUB = 913_000_000_000_000_801L;
    private static final SubscriptionCreated CREATED = new SubscriptionCreated(SUB, 913_000_000_000_000_301L,
            913_000_000_000_000_101L, 913_000_000_000_000_201L, "wati@rumah", new Sealed("0a1b2c3d:c2VhbGVk"),
            Money.parse("150000"), BillingCycle.MONTHLY, LocalDate.of(2026, 11, 1));
    private static final RouterWorkStarted PROVISIONING =
            new RouterWorkStarted(SUB, RouterOperation.PROVISION, "invoice 9 paid");
    private static final RouterWorkFailed PROVISIONING_FAILED = new RouterWorkFailed(SUB, RouterOperation.PROVISION,
            "ensure_ppp_profile", 1, "other: bad profile", "subscription suspended (provisioning_failed)");

    private AggregateTestFixture<Subscription> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Subscription.class);
        fixture.registerInjectableResource(PlanLookups.of());
    }

    @Test
    void startingTheSameWorkTwiceRecordsItOnce() {
        fixture.given(CREATED)
                .when(new StartRouterWork(SUB, RouterOperation.PROVISION, " invoice 9 paid "))
                .expectEvents(PROVISIONING);
        fixture.given(CREATED, PROVISIONING)
                .when(new StartRouterWork(SUB, RouterOperation.PROVISION, "invoice 9 paid"))
                .expectNoEvents();
        fixture.given(CREATED, PROVISIONING)
                .when(new StartRouterWork(SUB, RouterOperation.SUSPEND, "suspended: telat"))
                .expectEvents(new RouterWorkStarted(SUB, RouterOperation.SUSPEND, "suspended: telat"));
    }

    @Test
    void aRetryIsRecordedWithTheStepTheErrorAndWhenItIsDue() {
        Instant due = Instant.parse("2026-11-02T03:00:05Z");
        fixture.given(CREATED, PROVISIONING)
                .when(new ScheduleRouterRetry(SUB, RouterOperation.PROVISION, "ensure_ppp_secret", 1,
                        "timeout: connect timed out", due))
                .expectEvents(new RouterWorkRetrying(SUB, RouterOperation.PROVISION, "ensure_ppp_secret", 1,
                        "timeout: connect timed out", due));
    }

    @Test
    void completingWritesTheRouterIdAsTheSyncAndClosesTheWork() {
        fixture.given(CREATED, PROVISIONING, new SubscriptionActivated(SUB, LocalDate.of(2026, 12, 1)))
                .when(new CompleteRouterWork(SUB, RouterOperation.PROVISION, 2, "*1F", Map.of("profile", "p")))
                .expectEvents(new SubscriptionRouterSynced(SUB, "*1F", Map.of("profile", "p")),
                        new RouterWorkCompleted(SUB, RouterOperation.PROVISION, 2));
        fixture.given(CREATED, PROVISIONING, new RouterWorkCompleted(SUB, RouterOperation.PROVISION, 2))
                .when(new CompleteRouterWork(SUB, RouterOperation.PROVISION, 2, null, Map.of()))
                .expectNoEvents();
    }

    @Test
    void aFailureIsRecordedOnceAndOnlyAFailedWorkCanBeRetried() {
        FailRouterWork fail = new FailRouterWork(SUB, RouterOperation.PROVISION, "ensure_ppp_profile", 1,
                "other: bad profile", "subscription suspended (provisioning_failed)", false);
        fixture.given(CREATED, PROVISIONING).when(fail).expectEvents(PROVISIONING_FAILED);
        fixture.given(CREATED, PROVISIONING, PROVISIONING_FAILED).when(fail).expectNoEvents();
        fixture.given(CREATED, PROVISIONING, PROVISIONING_FAILED)
                .when(new RetryRouterWork(SUB))
                .expectEvents(new RouterWorkRetryRequested(SUB, RouterOperation.PROVISION));
        fixture.given(CREATED, PROVISIONING)
                .when(new RetryRouterWork(SUB))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("subscription " + SUB + " has no failed router work to retry");
    }

    @Test
    void aFailedProvisioningThatCompensatesSuspendsTheSubscriptionRightAfterTheFailure() {
        FailRouterWork compensated = new FailRouterWork(SUB, RouterOperation.PROVISION, "ensure_ppp_profile", 1,
                "other: bad profile", "subscription suspended (provisioning_failed)", true);
        fixture.given(CREATED, PROVISIONING)
                .when(compensated)
                .expectEvents(PROVISIONING_FAILED,
                        new SubscriptionSuspended(SUB, SuspendSubscription.PROVISIONING_FAILED));
        fixture.given(CREATED, PROVISIONING, new SubscriptionActivated(SUB, LocalDate.of(2026, 12, 1)))
                .when(compensated)
                .expectEvents(PROVISIONING_FAILED,
                        new SubscriptionSuspended(SUB, SuspendSubscription.PROVISIONING_FAILED));
    }

    @Test
    void aCompensationLeavesBooksThatMovedOnAsTheyAre() {
        FailRouterWork compensated = new FailRouterWork(SUB, RouterOperation.PROVISION, "ensure_ppp_profile", 1,
                "other: bad profile", "subscription suspended (provisioning_failed)", true);
        fixture.given(CREATED, new SubscriptionActivated(SUB, LocalDate.of(2026, 12, 1)),
                        new SubscriptionSuspended(SUB, "telat bayar"), PROVISIONING)
                .when(compensated)
                .expectEvents(PROVISIONING_FAILED);
        fixture.given(CREATED, new SubscriptionTerminated(SUB, "pindah"), PROVISIONING)
                .when(compensated)
                .expectEvents(PROVISIONING_FAILED);
    }

    @Test
    void onlyTheSagasSuspendAPendingSubscriptionWhoseProvisioningFailed() {
        fixture.given(CREATED)
                .when(new SuspendSubscription(SUB, null, SuspendSubscription.PROVISIONING_FAILED))
                .expectEvents(new SubscriptionSuspended(SUB, SuspendSubscription.PROVISIONING_FAILED));
        fixture.given(CREATED)
                .when(new SuspendSubscription(SUB, null, "telat bayar"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("subscription " + SUB + " is pending and cannot be suspended");
    }

    @Test
    void aRepairNamesTheDriftItRepairs() {
        fixture.given(CREATED)
                .when(new RepairRouterAccount(SUB, " wrong_profile "))
                .expectEvents(new RouterRepairRequested(SUB, "wrong_profile"));
        fixture.given(CREATED)
                .when(new RepairRouterAccount(SUB, " "))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("drift is required");
    }

    @Test
    void theRouterCleanUpAfterATerminationIsStillRecorded() {
        fixture.given(CREATED, new SubscriptionTerminated(SUB, "pindah"))
                .when(new StartRouterWork(SUB, RouterOperation.TERMINATE, "terminated: pindah"))
                .expectEvents(new RouterWorkStarted(SUB, RouterOperation.TERMINATE, "terminated: pindah"));
    }
}
