package io.netledger.api.subscription;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.netledger.api.telemetry.SubscriberLive;
import io.netledger.api.Money;
import io.netledger.api.plan.BillingCycle;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A row of {@code customer_subscriptions} as clients read it: the PPPoE username, never
 * its password. A plan change waiting for the next period shows as {@code scheduledPlanId}
 * from {@code scheduledFrom}. {@code fairUsagePeriod} names the billing period whose data limit it reached while
 * the plan's fair-usage terms hold (null otherwise).
 */
public record SubscriptionView(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long id,
        @JsonFormat(shape = JsonFormat.Shape.STRING) long customerId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) long servicePlanId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) long nasServerId,
        String username,
        String mikrotikId,
        SubscriptionStatus status,
        LocalDate startDate,
        LocalDate endDate,
        Money price,
        BillingCycle billingCycle,
        Map<String, Object> mikrotikConfig,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Long scheduledPlanId,
        LocalDate scheduledFrom,
        OffsetDateTime lastSync,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonIgnore long aggregateVersion,
        LocalDate fairUsagePeriod,
        @JsonUnwrapped SubscriberLive live) {

    /** The same subscription with how the routers last saw it; lists leave it out. */
    public SubscriptionView withLive(SubscriberLive seen) {
        return new SubscriptionView(id, customerId, servicePlanId, nasServerId, username, mikrotikId, status,
                startDate, endDate, price, billingCycle, mikrotikConfig, scheduledPlanId, scheduledFrom, lastSync,
                createdAt, updatedAt, aggregateVersion, fairUsagePeriod, seen);
    }
}
