package io.netledger.api.plan;

import io.netledger.api.AuditAction;
import io.netledger.api.Money;
import java.util.Map;

@AuditAction("create")
public record ServicePlanCreated(
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

    public static ServicePlanCreated of(long planId, PlanTerms t) {
        return new ServicePlanCreated(planId, t.name(), t.description(), t.price(), t.billingCycle(),
                t.downloadSpeed(), t.uploadSpeed(), t.dataLimit(), t.dataUnit(), t.concurrentConnections(),
                t.metadata());
    }

    public PlanTerms terms() {
        return new PlanTerms(name, description, price, billingCycle, downloadSpeed, uploadSpeed, dataLimit,
                dataUnit, concurrentConnections, metadata);
    }
}
