package io.netledger.query.plan;

import io.netledger.api.Money;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.plan.DataUnit;
import io.netledger.api.plan.PlanTerms;
import io.netledger.api.plan.ServicePlanView;
import io.netledger.query.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "service_plans")
class ServicePlanRow extends ProjectedRow {

    @Id
    private long id;
    private String name;
    private String description;
    private BigDecimal price;
    private String billingCycle;
    private int downloadSpeed;
    private int uploadSpeed;
    private Integer dataLimit;
    private String dataUnit;
    private int concurrentConnections;
    private boolean isActive;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> metadata;
    private Instant createdAt;
    private Instant updatedAt;
    private long aggregateVersion;

    protected ServicePlanRow() {
    }

    @Override
    public Long getId() {
        return id;
    }

    ServicePlanRow(long id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
        this.isActive = true;
        markCreated();
    }

    void apply(PlanTerms t) {
        name = t.name();
        description = t.description();
        price = t.price().amount();
        billingCycle = t.billingCycle().value();
        downloadSpeed = t.downloadSpeed();
        uploadSpeed = t.uploadSpeed();
        dataLimit = t.dataLimit();
        dataUnit = t.dataUnit().value();
        concurrentConnections = t.concurrentConnections();
        metadata = t.metadata();
    }

    void setActive(boolean active) {
        isActive = active;
    }

    @Override
    protected void touched(Instant at, long aggregateVersion) {
        updatedAt = at;
        this.aggregateVersion = aggregateVersion;
    }

    ServicePlanView view() {
        return new ServicePlanView(id, name, description, Money.of(price), BillingCycle.fromValue(billingCycle),
                downloadSpeed, uploadSpeed, dataLimit, DataUnit.fromValue(dataUnit), concurrentConnections, isActive,
                metadata == null ? Map.of() : metadata, createdAt.atOffset(ZoneOffset.UTC),
                updatedAt.atOffset(ZoneOffset.UTC), aggregateVersion);
    }
}
