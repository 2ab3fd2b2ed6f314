package io.netledger.command.plan;

import static io.netledger.api.RuleViolation.check;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.netledger.api.Text;
import io.netledger.api.plan.ActivateServicePlan;
import io.netledger.api.plan.ChangeServicePlan;
import io.netledger.api.plan.CreateServicePlan;
import io.netledger.api.plan.DataUnit;
import io.netledger.api.plan.DeactivateServicePlan;
import io.netledger.api.plan.PlanTerms;
import io.netledger.api.plan.ReviseServicePlan;
import io.netledger.api.plan.ServicePlanActivated;
import io.netledger.api.plan.ServicePlanChanged;
import io.netledger.api.plan.ServicePlanCreated;
import io.netledger.api.plan.ServicePlanDeactivated;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A service plan: what an ISP sells. Handlers answer the plan's version afterwards, which
 * the API hands out as the ETag for the next conditional change.
 */
@Aggregate
class ServicePlan {

    static final int MAX_NAME_LENGTH = 255;
    static final int MAX_DESCRIPTION = 10_000;

    @AggregateIdentifier
    private Long planId;
    private PlanTerms terms;
    private boolean active;

    ServicePlan() {
    }

    @CommandHandler
    ServicePlan(CreateServicePlan command) {
        requireValid(command.terms());
        apply(ServicePlanCreated.of(command.planId(), command.terms()));
    }

    @CommandHandler
    long handle(ChangeServicePlan command) {
        return change(command.terms());
    }

    @CommandHandler
    long handle(ReviseServicePlan command) {
        return change(command.revision().applyTo(terms));
    }

    @CommandHandler
    long handle(DeactivateServicePlan command) {
        if (active) {
            apply(new ServicePlanDeactivated(planId));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(ActivateServicePlan command) {
        if (!active) {
            apply(new ServicePlanActivated(planId));
        }
        return getVersion();
    }

    private long change(PlanTerms changed) {
        requireValid(changed);
        if (!changed.equals(terms)) {
            apply(ServicePlanChanged.of(planId, changed));
        }
        return getVersion();
    }

    boolean isActive() {
        return active;
    }

    PlanTerms terms() {
        return terms;
    }

    private static void requireValid(PlanTerms t) {
        check(t.name() != null && !t.name().isEmpty(), "name is required");
        Text.line("name", t.name(), MAX_NAME_LENGTH);
        Text.lines("description", t.description(), MAX_DESCRIPTION);
        Text.json("metadata", t.metadata());
        check(t.price() != null, "price is required");
        check(!t.price().isNegative(), "price cannot be negative");
        t.price().storable("price");
        check(t.billingCycle() != null, "billingCycle is required");
        check(t.downloadSpeed() > 0, "downloadSpeed must be a positive number of kbps");
        check(t.uploadSpeed() > 0, "uploadSpeed must be a positive number of kbps");
        check(t.dataUnit() != null, "dataUnit is required");
        if (t.dataUnit() == DataUnit.UNLIMITED) {
            check(t.dataLimit() == null, "an unlimited plan has no dataLimit");
        } else {
            check(t.dataLimit() != null && t.dataLimit() > 0,
                    "dataLimit must be a positive number of " + t.dataUnit().value());
        }
        check(t.concurrentConnections() >= 1, "concurrentConnections must be at least 1");
        FairUsageTerms.requireValid(t);
    }

    @EventSourcingHandler
    void on(ServicePlanCreated event) {
        planId = event.planId();
        terms = event.terms();
        active = true;
    }

    @EventSourcingHandler
    void on(ServicePlanChanged event) {
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(ServicePlanDeactivated event) {
        active = false;
    }

    @EventSourcingHandler
    void on(ServicePlanActivated event) {
        active = true;
    }
}
