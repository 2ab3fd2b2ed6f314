package io.netledger.command.plan;

import io.netledger.api.RuleViolation;
import io.netledger.api.plan.PlanTerms;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** What a subscription may take from a plan: its terms as they are now, if it is still sold. */
@Component
public class PlanCatalogue {

    private final Repository<ServicePlan> plans;

    PlanCatalogue(Repository<ServicePlan> plans) {
        this.plans = plans;
    }

    /** The terms of an active plan; a rule violation for an unknown or deactivated one. */
    public PlanTerms sellable(long planId) {
        ServicePlan plan;
        try {
            plan = plans.load(String.valueOf(planId)).invoke(p -> p);
        } catch (AggregateNotFoundException e) {
            throw new RuleViolation("servicePlanId " + planId + " names no service plan");
        }
        RuleViolation.check(plan.isActive(), "service plan " + planId + " is deactivated and no longer sold");
        return plan.terms();
    }
}
