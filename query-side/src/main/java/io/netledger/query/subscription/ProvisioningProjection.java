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
import java.util.function.Consumer;
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
        update(event.subscriptionId(), row -> row.retrying(event.step(), event.attempt(), event.error(),
                event.nextAttemptAt(), at));
    }

    @EventHandler
    void on(RouterWorkFailed event, @Timestamp Instant at) {
        update(event.subscriptionId(), row -> row.failed(event.step(), event.attempts(), event.error(),
                event.compensation(), at));
    }

    @EventHandler
    void on(RouterWorkRetryRequested event, @Timestamp Instant at) {
        update(event.subscriptionId(), row -> row.retryRequested(at));
    }

    @EventHandler
    void on(RouterWorkCompleted event, @Timestamp Instant at) {
        update(event.subscriptionId(), row -> row.completed(event.attempts(), at));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    Optional<ProvisioningView> handle(FindProvisioning query) {
        return rows.findById(query.subscriptionId()).map(ProvisioningRow::view);
    }

    private void update(long subscriptionId, Consumer<ProvisioningRow> change) {
        rows.findById(subscriptionId).ifPresent(row -> {
            change.accept(row);
            rows.save(row);
        });
    }
}
