package io.netledger.command.plan;

import io.netledger.api.RuleViolation;
import io.netledger.api.plan.PlanTerms;
import io.netledger.command.CurrentState;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** What a subscription may take from a plan: its terms as they are now, if it is still sold. */
@Component
public class PlanLookup {

    private final CurrentState<ServicePlan> plans;

    PlanLookup(EventStore events) {
        this.plans = new CurrentState<>(ServicePlan.class, events);
    }

    /** The terms of an active plan; a rule violation for an unknown or deactivated one. */
    public PlanTerms sellable(long planId) {
        ServicePlan plan = plans.read(planId, p -> p)
                .orElseThrow(() -> new RuleViolation("servicePlanId " + planId + " names no service plan"));
        RuleViolation.check(plan.isActive(), "service plan " + planId + " is deactivated and no longer sold");
        return plan.terms();
    }
}
