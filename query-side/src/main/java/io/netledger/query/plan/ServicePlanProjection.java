package io.netledger.query.plan;

import io.netledger.api.plan.FindServicePlan;
import io.netledger.api.plan.FindServicePlans;
import io.netledger.api.plan.ServicePlanActivated;
import io.netledger.api.plan.ServicePlanChanged;
import io.netledger.api.plan.ServicePlanCreated;
import io.netledger.api.plan.ServicePlanDeactivated;
import io.netledger.api.plan.ServicePlanPage;
import io.netledger.api.plan.ServicePlanView;
import io.netledger.query.Pages;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Owns {@code service_plans}. Each row carries the aggregate's version for ETags. */
@Component
@ProcessingGroup("service-plans")
class ServicePlanProjection {

    private final ServicePlanRows rows;

    ServicePlanProjection(ServicePlanRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(ServicePlanCreated event, @Timestamp Instant at, @SequenceNumber long version) {
        ServicePlanRow row = new ServicePlanRow(event.planId(), at);
        row.apply(event.terms());
        row.touched(at, version);
        rows.save(row);
    }

    @EventHandler
    void on(ServicePlanChanged event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.update(event.planId(), at, version, row -> row.apply(event.terms()));
    }

    @EventHandler
    void on(ServicePlanDeactivated event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.update(event.planId(), at, version, row -> row.setActive(false));
    }

    @EventHandler
    void on(ServicePlanActivated event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.update(event.planId(), at, version, row -> row.setActive(true));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    Optional<ServicePlanView> handle(FindServicePlan query) {
        return rows.findById(query.planId()).map(ServicePlanRow::view);
    }

    @QueryHandler
    ServicePlanPage handle(FindServicePlans query) {
        Pageable pageable = Pages.pageable(query.page());
        Page<ServicePlanRow> page = query.active() == null ? rows.findAll(pageable)
                : rows.findByIsActive(query.active(), pageable);
        return new ServicePlanPage(page.map(ServicePlanRow::view).getContent(), Pages.metadata(page));
    }
}
