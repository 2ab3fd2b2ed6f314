package io.netledger.api.plan;

import io.netledger.api.AuditAction;
import io.netledger.api.Money;
import java.util.Map;

/** A plan's terms after a change; all of them, so a projection needs no earlier state. */
@AuditAction("update")
public record ServicePlanChanged(
        long planId,
        String name,
        String description,
        Money price,
        BillingCycle billingCycle,
        int downloadSpeed,
        int uploadSpeed,
        Integer dataLimit,
        DataUnit dataUnit,
        int concurrentConnections,
        Map<String, Object> metadata) {

    public static ServicePlanChanged of(long planId, PlanTerms t) {
        return new ServicePlanChanged(planId, t.name(), t.description(), t.price(), t.billingCycle(),
                t.downloadSpeed(), t.uploadSpeed(), t.dataLimit(), t.dataUnit(), t.concurrentConnections(),
                t.metadata());
    }

    public PlanTerms terms() {
        return new PlanTerms(name, description, price, billingCycle, downloadSpeed, uploadSpeed, dataLimit,
                dataUnit, concurrentConnections, metadata);
    }
}
