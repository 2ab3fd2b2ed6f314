package io.netledger.api.plan;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.netledger.api.Money;
import java.time.OffsetDateTime;
import java.util.Map;

/** A row of {@code service_plans} as clients read it. */
public record ServicePlanView(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long id,
        String name,
        String description,
        Money price,
        BillingCycle billingCycle,
        int downloadSpeed,
        int uploadSpeed,
        Integer dataLimit,
        DataUnit dataUnit,
        int concurrentConnections,
        boolean isActive,
        Map<String, Object> metadata,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonIgnore long aggregateVersion) {
}
