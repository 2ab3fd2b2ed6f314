package io.netledger.api.plan;

import io.netledger.api.Money;
import java.util.Map;

/**
 * A partial change of a plan's terms (HTTP PATCH): a null field keeps its value.
 * An empty description clears it.
 */
public record PlanRevision(
        String name,
        String description,
        Money price,
        BillingCycle billingCycle,
        Integer downloadSpeed,
        Integer uploadSpeed,
        Integer dataLimit,
        DataUnit dataUnit,
        Integer concurrentConnections,
        Map<String, Object> metadata) {

    public PlanTerms applyTo(PlanTerms current) {
        DataUnit unit = dataUnit != null ? dataUnit : current.dataUnit();
        // Switching to unlimited drops the old limit instead of tripping the limit rule.
        Integer limit = dataLimit != null ? dataLimit : unit == DataUnit.UNLIMITED ? null : current.dataLimit();
        return new PlanTerms(
                name != null ? name : current.name(),
                description != null ? description : current.description(),
                price != null ? price : current.price(),
                billingCycle != null ? billingCycle : current.billingCycle(),
                downloadSpeed != null ? downloadSpeed : current.downloadSpeed(),
                uploadSpeed != null ? uploadSpeed : current.uploadSpeed(),
                limit,
                unit,
                concurrentConnections != null ? concurrentConnections : current.concurrentConnections(),
                metadata != null ? metadata : current.metadata());
    }
}
