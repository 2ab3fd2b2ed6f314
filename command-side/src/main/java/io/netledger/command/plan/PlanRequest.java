package io.netledger.command.plan;

import io.netledger.api.Money;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.plan.DataUnit;
import io.netledger.api.plan.PlanRevision;
import io.netledger.api.plan.PlanTerms;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** Body of POST and PUT: every term of a plan. Shape checks here, business rules in the aggregate. */
record PlanRequest(
        @NotBlank @Size(max = ServicePlan.MAX_NAME_LENGTH) String name,
        @Size(max = ServicePlan.MAX_DESCRIPTION) String description,
        @NotNull Money price,
        @NotNull BillingCycle billingCycle,
        @NotNull Integer downloadSpeed,
        @NotNull Integer uploadSpeed,
        Integer dataLimit,
        @NotNull DataUnit dataUnit,
        Integer concurrentConnections,
        Map<String, Object> metadata) {

    PlanTerms terms() {
        return new PlanTerms(name, description, price, billingCycle, downloadSpeed, uploadSpeed, dataLimit, dataUnit,
                concurrentConnections == null ? 1 : concurrentConnections, metadata);
    }

    /** Body of PATCH: only the terms to change. */
    record Patch(
            @Size(min = 1, max = ServicePlan.MAX_NAME_LENGTH) String name,
            @Size(max = ServicePlan.MAX_DESCRIPTION) String description,
            Money price,
            BillingCycle billingCycle,
            Integer downloadSpeed,
            Integer uploadSpeed,
            Integer dataLimit,
            DataUnit dataUnit,
            Integer concurrentConnections,
            Map<String, Object> metadata) {

        PlanRevision revision() {
            return new PlanRevision(name, description, price, billingCycle, downloadSpeed, uploadSpeed, dataLimit,
                    dataUnit, concurrentConnections, metadata);
        }
    }
}
