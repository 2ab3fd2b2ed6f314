package io.netledger.query.nas;

import io.netledger.api.nas.FindRouterDrift;
import io.netledger.api.nas.RouterDriftReport;
import io.netledger.api.nas.RouterReconciled;
import io.netledger.query.ProjectedRow;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Owns {@code router_drift}: each NAS's last reconciliation replaces the one before. */
@Component
@ProcessingGroup("router-drift")
class RouterDriftProjection {

    private final RouterDriftRows rows;

    RouterDriftProjection(RouterDriftRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(RouterReconciled event, @Timestamp Instant at) {
        RouterDriftRow row = rows.findById(event.nasId()).orElseGet(() -> new RouterDriftRow(event.nasId()));
        row.checked(event.accountsChecked(), event.repairing(), event.drifts());
        row.touched(at, ProjectedRow.NO_VERSION);
        rows.save(row);
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    Optional<RouterDriftReport> handle(FindRouterDrift query) {
        return rows.findById(query.nasId()).map(RouterDriftRow::report);
    }
}
