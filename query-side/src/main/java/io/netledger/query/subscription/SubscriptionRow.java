package io.netledger.query.subscription;

import io.netledger.api.Money;
import io.netledger.api.personal.Erased;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.subscription.SubscriptionCreated;
import io.netledger.api.subscription.SubscriptionImported;
import io.netledger.api.subscription.SubscriptionStatus;
import io.netledger.api.subscription.SubscriptionView;
import io.netledger.query.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code customer_subscriptions}; the password column holds the sealed value only. */
@Entity
@Table(name = "customer_subscriptions")
class SubscriptionRow extends ProjectedRow {

    /** The key of {@code mikrotik_config} that marks a subscription taken over from its router. */
    static final String IMPORTED = "imported";
    /** The key of {@code mikrotik_config} with the PPP secret's comment found on import: ISPs write the name there. */
    static final String COMMENT = SubscriptionImported.COMMENT;

    @Id
    private long id;
    private long customerId;
    private long servicePlanId;
    private long nasServerId;
    private String username;
    private String passwordEncrypted;
    private String mikrotikId;
    private String status;
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal price;
    private String billingCycle;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> mikrotikConfig;
    private Instant lastSync;
    private Long scheduledPlanId;
    private LocalDate scheduledFrom;
    private Instant createdAt;
    private Instant updatedAt;
    private long aggregateVersion;
    private LocalDate fairUsagePeriod;

    protected SubscriptionRow() {
    }

    SubscriptionRow(SubscriptionCreated created, Instant at) {
        id = created.subscriptionId();
        customerId = created.customerId();
        servicePlanId = created.servicePlanId();
        nasServerId = created.nasServerId();
        username = created.username();
        passwordEncrypted = created.passwordEncrypted().value();
        status = SubscriptionStatus.PENDING.value();
        startDate = created.startDate();
        price = created.price().amount();
        billingCycle = created.billingCycle().value();
        createdAt = at;
        markCreated();
    }

    @Override
    public Long getId() {
        return id;
    }

    long customerId() {
        return customerId;
    }

    void setStatus(SubscriptionStatus newStatus) {
        status = newStatus.value();
    }

    void setEndDate(LocalDate date) {
        endDate = date;
    }

    void plan(long planId, Money newPrice, BillingCycle cycle) {
        servicePlanId = planId;
        price = newPrice.amount();
        billingCycle = cycle.value();
        scheduledPlanId = null;
        scheduledFrom = null;
    }

    void schedulePlan(long planId, LocalDate from) {
        scheduledPlanId = planId;
        scheduledFrom = from;
    }

    void sealedPassword(String sealed) {
        passwordEncrypted = sealed;
    }

    /** The router's account as written last; an imported subscription stays marked as imported. */
    void synced(String routerId, Map<String, Object> config, Instant at) {
        Map<String, Object> written = new LinkedHashMap<>(config == null ? Map.of() : config);
        if (mikrotikConfig != null && mikrotikConfig.get(IMPORTED) != null) {
            written.putIfAbsent(IMPORTED, mikrotikConfig.get(IMPORTED));
        }
        mikrotikId = routerId;
        mikrotikConfig = written.isEmpty() ? null : written;
        lastSync = at;
    }

    /**
     * Erases the router comment an import kept, his name as the ISP wrote it: what a rebuild reads of it too, once
     * the key that sealed it in the event is gone. False when the row holds none.
     */
    boolean eraseRouterComment(Instant at) {
        if (mikrotikConfig == null || mikrotikConfig.get(COMMENT) == null) {
            return false;
        }
        Map<String, Object> config = new LinkedHashMap<>(mikrotikConfig);
        config.put(COMMENT, Erased.TEXT);
        mikrotikConfig = config;
        updatedAt = at;
        return true;
    }

    /** The period whose fair-usage terms hold, or null when the plan's own terms are back. */
    void fairUsage(LocalDate period) {
        fairUsagePeriod = period;
    }

    @Override
    protected void touched(Instant at, long version) {
        updatedAt = at;
        aggregateVersion = version;
    }

    SubscriptionView view() {
        return new SubscriptionView(id, customerId, servicePlanId, nasServerId, username, mikrotikId,
                SubscriptionStatus.fromValue(status), startDate, endDate, new Money(price),
                BillingCycle.fromValue(billingCycle), mikrotikConfig == null ? Map.of() : mikrotikConfig,
                scheduledPlanId, scheduledFrom, at(lastSync), at(createdAt), at(updatedAt), aggregateVersion, fairUsagePeriod, null);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
