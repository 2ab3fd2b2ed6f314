package io.netledger.command.plan;

import io.netledger.api.Money;
import io.netledger.api.RuleViolation;
import io.netledger.api.plan.ActivateServicePlan;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.plan.ChangeServicePlan;
import io.netledger.api.plan.CreateServicePlan;
import io.netledger.api.plan.DataUnit;
import io.netledger.api.plan.DeactivateServicePlan;
import io.netledger.api.plan.PlanRevision;
import io.netledger.api.plan.PlanTerms;
import io.netledger.api.plan.ReviseServicePlan;
import io.netledger.api.plan.ServicePlanActivated;
import io.netledger.api.plan.ServicePlanChanged;
import io.netledger.api.plan.ServicePlanCreated;
import io.netledger.api.plan.ServicePlanDeactivated;
import java.util.Map;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServicePlanTest {

    private static final long PLAN = 913_000_000_000_000_001L;
    private static final PlanTerms HOME_20M = new PlanTerms("Home 20M", "Rumah, 20 Mbps", Money.parse("150000"),
            BillingCycle.MONTHLY, 20_000, 10_000, null, DataUnit.UNLIMITED, 1, Map.of("fup", "none"));

    private AggregateTestFixture<ServicePlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ServicePlan.class);
    }

    private static PlanTerms with(PlanRevision revision) {
        return revision.applyTo(HOME_20M);
    }

    private static PlanRevision price(String price) {
        return new PlanRevision(null, null, Money.parse(price), null, null, null, null, null, null, null);
    }

    @Test
    void createsAnActivePlanWithAllItsTerms() {
        fixture.givenNoPriorActivity()
                .when(new CreateServicePlan(PLAN, HOME_20M))
                .expectSuccessfulHandlerExecution()
                .expectEvents(ServicePlanCreated.of(PLAN, HOME_20M));
    }

    @Test
    void refusesANegativePrice() {
        fixture.givenNoPriorActivity()
                .when(new CreateServicePlan(PLAN, with(price("-1"))))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("price cannot be negative")
                .expectNoEvents();
    }

    @Test
    void acceptsAFreePlan() {
        fixture.givenNoPriorActivity()
                .when(new CreateServicePlan(PLAN, with(price("0"))))
                .expectEvents(ServicePlanCreated.of(PLAN, with(price("0"))));
    }

    @Test
    void refusesSpeedsThatAreNotPositive() {
        PlanTerms noDownload = new PlanRevision(null, null, null, null, 0, null, null, null, null, null)
                .applyTo(HOME_20M);
        fixture.givenNoPriorActivity()
                .when(new CreateServicePlan(PLAN, noDownload))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("downloadSpeed must be a positive number of kbps");

        PlanTerms noUpload = new PlanRevision(null, null, null, null, null, -5, null, null, null, null)
                .applyTo(HOME_20M);
        fixture.givenNoPriorActivity()
                .when(new CreateServicePlan(PLAN, noUpload))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("uploadSpeed must be a positive number of kbps");
    }

    @Test
    void refusesALimitedPlanWithoutALimit() {
        PlanTerms gbWithoutLimit = new PlanTerms("Quota", null, Money.parse("50000"), BillingCycle.MONTHLY, 10_000,
                5_000, null, DataUnit.GB, 1, null);
        fixture.givenNoPriorActivity()
                .when(new CreateServicePlan(PLAN, gbWithoutLimit))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("dataLimit must be a positive number of GB");
    }

    @Test
    void refusesAnUnlimitedPlanWithALimit() {
        PlanTerms unlimitedWithLimit = new PlanTerms("Odd", null, Money.parse("50000"), BillingCycle.MONTHLY, 10_000,
                5_000, 100, DataUnit.UNLIMITED, 1, null);
        fixture.givenNoPriorActivity()
                .when(new CreateServicePlan(PLAN, unlimitedWithLimit))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("an unlimited plan has no dataLimit");
    }

    @Test
    void refusesFewerThanOneConcurrentConnection() {
        PlanTerms none = new PlanRevision(null, null, null, null, null, null, null, null, 0, null).applyTo(HOME_20M);
        fixture.givenNoPriorActivity()
                .when(new CreateServicePlan(PLAN, none))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("concurrentConnections must be at least 1");
    }

    @Test
    void refusesABlankOrOverlongName() {
        PlanTerms blank = new PlanRevision("  ", null, null, null, null, null, null, null, null, null)
                .applyTo(HOME_20M);
        fixture.givenNoPriorActivity()
                .when(new CreateServicePlan(PLAN, blank))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("name is required");

        PlanTerms overlong = new PlanRevision("x".repeat(256), null, null, null, null, null, null, null, null, null)
                .applyTo(HOME_20M);
        fixture.givenNoPriorActivity()
                .when(new CreateServicePlan(PLAN, overlong))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("name is longer than 255 characters");
    }

    @Test
    void replacesAllTermsAndAnswersTheNewVersion() {
        PlanTerms yearly = new PlanTerms("Home 20M yearly", null, Money.parse("1650000.00"), BillingCycle.YEARLY,
                20_000, 10_000, 500, DataUnit.GB, 2, null);
        fixture.given(ServicePlanCreated.of(PLAN, HOME_20M))
                .when(new ChangeServicePlan(PLAN, 0L, yearly))
                .expectEvents(ServicePlanChanged.of(PLAN, yearly))
                .expectResultMessagePayload(1L);
    }

    @Test
    void revisesOnlyTheGivenTermsAndKeepsTheRest() {
        fixture.given(ServicePlanCreated.of(PLAN, HOME_20M))
                .when(new ReviseServicePlan(PLAN, null, price("175000")))
                .expectEvents(ServicePlanChanged.of(PLAN, with(price("175000"))));
    }

    @Test
    void switchingARevisionToUnlimitedDropsTheOldLimit() {
        PlanTerms quota = new PlanTerms("Quota", null, Money.parse("50000"), BillingCycle.MONTHLY, 10_000, 5_000, 100,
                DataUnit.GB, 1, null);
        PlanRevision unlimited = new PlanRevision(null, null, null, null, null, null, null, DataUnit.UNLIMITED, null,
                null);
        fixture.given(ServicePlanCreated.of(PLAN, quota))
                .when(new ReviseServicePlan(PLAN, null, unlimited))
                .expectEvents(ServicePlanChanged.of(PLAN, new PlanTerms("Quota", null, Money.parse("50000"),
                        BillingCycle.MONTHLY, 10_000, 5_000, null, DataUnit.UNLIMITED, 1, null)));
    }

    @Test
    void aRevisionThatBreaksARuleChangesNothing() {
        fixture.given(ServicePlanCreated.of(PLAN, HOME_20M))
                .when(new ReviseServicePlan(PLAN, null, price("-10")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aChangeToTheSameTermsRecordsNothing() {
        fixture.given(ServicePlanCreated.of(PLAN, HOME_20M))
                .when(new ChangeServicePlan(PLAN, null, HOME_20M))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void refusesAChangeBasedOnAStaleVersion() {
        fixture.given(ServicePlanCreated.of(PLAN, HOME_20M), ServicePlanChanged.of(PLAN, with(price("160000"))))
                .when(new ReviseServicePlan(PLAN, 0L, price("175000")))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void deactivatesAnActivePlan() {
        fixture.given(ServicePlanCreated.of(PLAN, HOME_20M))
                .when(new DeactivateServicePlan(PLAN, null))
                .expectEvents(new ServicePlanDeactivated(PLAN))
                .expectResultMessagePayload(1L);
    }

    @Test
    void deactivatingTwiceIsHarmless() {
        fixture.given(ServicePlanCreated.of(PLAN, HOME_20M), new ServicePlanDeactivated(PLAN))
                .when(new DeactivateServicePlan(PLAN, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void reactivatesADeactivatedPlanButNotAnActiveOne() {
        fixture.given(ServicePlanCreated.of(PLAN, HOME_20M), new ServicePlanDeactivated(PLAN))
                .when(new ActivateServicePlan(PLAN, null))
                .expectEvents(new ServicePlanActivated(PLAN));

        fixture.given(ServicePlanCreated.of(PLAN, HOME_20M))
                .when(new ActivateServicePlan(PLAN, null))
                .expectNoEvents();
    }

    @Test
    void refusesWhatTheServicePlansTableCannotHold() {
        PlanTerms nulInName = new PlanRevision("Home\u000020M", null, null, null, null, null, null, null, null, null)
                .applyTo(HOME_20M);
        PlanTerms bellInDescription = new PlanRevision(null, "Rumah\u0007", null, null, null, null, null, null, null,
                null).applyTo(HOME_20M);
        PlanTerms nulInMetadata = new PlanRevision(null, null, null, null, null, null, null, null, null,
                Map.of("fup", "no\u0000ne")).applyTo(HOME_20M);
        for (PlanTerms bad : new PlanTerms[] {nulInName, bellInDescription, nulInMetadata}) {
            fixture.givenNoPriorActivity()
                    .when(new CreateServicePlan(PLAN, bad))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }
        fixture.givenNoPriorActivity()
                .when(new CreateServicePlan(PLAN, with(price("10000000000000"))))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("price has at most 13 digits before the decimal point: 10000000000000.00");
        fixture.givenNoPriorActivity()
                .when(new CreateServicePlan(PLAN, with(price("9999999999999.99"))))
                .expectSuccessfulHandlerExecution();
        fixture.given(ServicePlanCreated.of(PLAN, HOME_20M))
                .when(new ChangeServicePlan(PLAN, null, nulInName))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("name holds the NUL character (\\u0000), which cannot be stored");
    }
}
