package io.netledger.command.plan;

import io.netledger.api.Money;
import io.netledger.api.RuleViolation;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.plan.CreateServicePlan;
import io.netledger.api.plan.DataUnit;
import io.netledger.api.plan.PlanTerms;
import io.netledger.api.plan.ServicePlanCreated;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A plan's fair-usage terms are checked before any router has to hold them. */
class FairUsageTermsTest {

    private static final long PLAN = 913_000_000_000_000_977L;

    private AggregateTestFixture<ServicePlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ServicePlan.class);
    }

    private static PlanTerms quota(DataUnit unit, Integer limit, Object fairUsage) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("fairUsage", fairUsage);
        return new PlanTerms("Kuota 20GB", null, Money.parse("150000"), BillingCycle.MONTHLY, 20_000, 10_000, limit,
                unit, 1, metadata);
    }

    @Test
    void acceptsLowerSpeedsAndANamedProfile() {
        PlanTerms terms = quota(DataUnit.GB, 20, Map.of("downloadSpeed", 2_000, "uploadSpeed", 1_000,
                "routerProfile", "fup-2M"));
        fixture.givenNoPriorActivity()
                .when(new CreateServicePlan(PLAN, terms))
                .expectEvents(ServicePlanCreated.of(PLAN, terms));
    }

    @Test
    void refusesTermsARouterCouldNotHold() {
        List<Object> refused = List.of("slow", Map.of(), Map.of("downloadSpeed", 2_000),
                Map.of("downloadSpeed", 0, "uploadSpeed", 1_000), Map.of("downloadSpeed", 2.5, "uploadSpeed", 1_000),
                Map.of("downloadSpeed", "2M", "uploadSpeed", 1_000),
                Map.of("downloadSpeed", 1e12, "uploadSpeed", 1_000),
                Map.of("downloadSpeed", 2_000, "uploadSpeed", 1_000, "routerProfile", " "),
                Map.of("downloadSpeed", 2_000, "uploadSpeed", 1_000, "routerProfile", "fup\n2M"),
                Map.of("downloadSpeed", 2_000, "uploadSpeed", 1_000, "action", "suspend"));
        for (Object terms : refused) {
            fixture.givenNoPriorActivity()
                    .when(new CreateServicePlan(PLAN, quota(DataUnit.GB, 20, terms)))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }
    }

    @Test
    void termsNeedALimitToApplyAt() {
        fixture.givenNoPriorActivity()
                .when(new CreateServicePlan(PLAN, quota(DataUnit.UNLIMITED, null,
                        Map.of("downloadSpeed", 2_000, "uploadSpeed", 1_000))))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("metadata.fairUsage needs a dataLimit to apply at")
                .expectNoEvents();
    }
}
