package io.netledger.query.subscription;

import io.netledger.api.provisioning.FindProvisioning;
import io.netledger.api.provisioning.ProvisioningView;
import io.netledger.api.provisioning.RouterWorkCompleted;
import io.netledger.api.provisioning.RouterWorkFailed;
import io.netledger.api.provisioning.RouterWorkRetryRequested;
import io.netledger.api.provisioning.RouterWorkRetrying;
import io.netledger.api.provisioning.RouterWorkStarted;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Owns {@code subscription_provisioning}: one row per subscription the sagas have worked on. */
@Component
@ProcessingGroup("subscription-provisioning")
class ProvisioningProjection {

    private final ProvisioningRows rows;

    ProvisioningProjection(ProvisioningRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(RouterWorkStarted event, @Timestamp Instant at) {
        ProvisioningRow row = rows.findById(event.subscriptionId())
                .orElseGet(() -> new ProvisioningRow(event.subscriptionId()));
        row.started(event.operation(), event.cause(), at);
        rows.save(row);
    }

    @EventHandler
    void on(RouterWorkRetrying event, @Timestamp Instant at) {
        rows.update(event.subscriptionId(), at, row -> row.retrying(event.step(), event.attempt(), event.error(),
                event.nextAttemptAt()));
    }

    @EventHandler
    void on(RouterWorkFailed event, @Timestamp Instant at) {
        rows.update(event.subscriptionId(), at, row -> row.failed(event.step(), event.attempts(), event.error(),
                event.compensation()));
    }

    @EventHandler
    void on(RouterWorkRetryRequested event, @Timestamp Instant at) {
        rows.update(event.subscriptionId(), at, ProvisioningRow::retryRequested);
    }

    @EventHandler
    void on(RouterWorkCompleted event, @Timestamp Instant at) {
        rows.update(event.subscriptionId(), at, row -> row.completed(event.attempts()));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    Optional<ProvisioningView> handle(FindProvisioning query) {
        return rows.findById(query.subscriptionId()).map(ProvisioningRow::view);
    }
}
