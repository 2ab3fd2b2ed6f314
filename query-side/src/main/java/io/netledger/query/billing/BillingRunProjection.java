package io.netledger.query.billing;

import io.netledger.api.billing.BillingRunFailed;
import io.netledger.api.billing.BillingRunFinished;
import io.netledger.api.billing.BillingRunProgressed;
import io.netledger.api.billing.BillingRunStarted;
import io.netledger.api.billing.BillingRunView;
import io.netledger.api.billing.FindBillingRun;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Owns {@code billing_runs}: each run's record, rebuilt from its events (docs/adr/0011). */
@Component
@ProcessingGroup(BillingRunProjection.PROCESSOR)
class BillingRunProjection {

    static final String PROCESSOR = "billing-runs";

    private final BillingRunRows rows;

    BillingRunProjection(BillingRunRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(BillingRunStarted event, @Timestamp Instant at) {
        rows.save(new BillingRunRow(event.billingRunId(), event.runDate(), event.startedBy(), at));
    }

    @EventHandler
    void on(BillingRunProgressed event) {
        update(event.billingRunId(), row -> row.progressed(event.afterId(), event.counts(), event.lastError()));
    }

    @EventHandler
    void on(BillingRunFinished event, @Timestamp Instant at) {
        update(event.billingRunId(), row -> row.finished(event.counts(), event.lastError(), at));
    }

    @EventHandler
    void on(BillingRunFailed event, @Timestamp Instant at) {
        update(event.billingRunId(), row -> row.failed(event.reason(), at));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    Optional<BillingRunView> handle(FindBillingRun query) {
        return rows.findById(query.billingRunId()).map(BillingRunRow::view);
    }

    private void update(long id, Consumer<BillingRunRow> change) {
        rows.findById(id).ifPresent(row -> {
            change.accept(row);
            rows.save(row);
        });
    }
}
