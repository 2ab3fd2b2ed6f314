package io.netledger.api.plan;

import io.netledger.api.Money;
import java.util.Map;

/**
 * What a service plan offers and costs: every column of {@code service_plans} that
 * staff can set. Speeds are in kbps; {@code dataLimit} is in {@code dataUnit} and
 * absent for unlimited plans.
 */
public record PlanTerms(
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

    public PlanTerms {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        description = description == null || description.isBlank() ? null : description.strip();
        name = name == null ? null : name.strip();
    }
}
