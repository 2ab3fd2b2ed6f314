package io.netledger.query.subscription;

import io.netledger.api.provisioning.ProvisioningView;
import io.netledger.api.provisioning.RouterOperation;
import io.netledger.query.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code subscription_provisioning}: the sagas' last router operation for one subscription. */
@Entity
@Table(name = "subscription_provisioning")
class ProvisioningRow extends ProjectedRow {

    static final String IN_PROGRESS = "in_progress";
    static final String RETRYING = "retrying";
    static final String COMPLETED = "completed";
    static final String FAILED = "failed";

    @Id
    private long subscriptionId;
    private String operation;
    private String state;
    private String cause;
    private String step;
    private int attempts;
    private String lastError;
    private Instant nextAttemptAt;
    private String compensation;
    private Instant startedAt;
    private Instant updatedAt;

    protected ProvisioningRow() {
    }

    ProvisioningRow(long subscriptionId) {
        this.subscriptionId = subscriptionId;
        markCreated();
    }

    @Override
    public Long getId() {
        return subscriptionId;
    }

    void started(RouterOperation operation, String cause, Instant at) {
        this.operation = operation.value();
        this.state = IN_PROGRESS;
        this.cause = cut(cause, 255);
        this.step = null;
        this.attempts = 0;
        this.lastError = null;
        this.nextAttemptAt = null;
        this.compensation = null;
        this.startedAt = at;
        this.updatedAt = at;
    }

    void retrying(String step, int attempts, String error, Instant nextAttemptAt) {
        this.state = RETRYING;
        this.step = step;
        this.attempts = attempts;
        this.lastError = cut(error, 500);
        this.nextAttemptAt = nextAttemptAt;
    }

    void failed(String step, int attempts, String error, String compensation) {
        this.state = FAILED;
        this.step = step;
        this.attempts = attempts;
        this.lastError = cut(error, 500);
        this.compensation = cut(compensation, 500);
        this.nextAttemptAt = null;
    }

    void retryRequested() {
        this.state = IN_PROGRESS;
        this.nextAttemptAt = null;
    }

    void completed(int attempts) {
        this.state = COMPLETED;
        this.attempts = attempts;
        this.nextAttemptAt = null;
    }

    @Override
    protected void touched(Instant at, long version) {
        this.updatedAt = at;
    }

    ProvisioningView view() {
        return new ProvisioningView(subscriptionId, RouterOperation.fromValue(operation), state, cause, step,
                attempts, lastError, nextAttemptAt, compensation, startedAt, updatedAt);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
