package io.netledger.query.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.api.provisioning.FindProvisioning;
import io.netledger.api.provisioning.ProvisioningView;
import io.netledger.api.provisioning.RouterOperation;
import io.netledger.api.provisioning.RouterWorkCompleted;
import io.netledger.api.provisioning.RouterWorkFailed;
import io.netledger.api.provisioning.RouterWorkRetryRequested;
import io.netledger.api.provisioning.RouterWorkRetrying;
import io.netledger.api.provisioning.RouterWorkStarted;
import io.netledger.query.ProjectionTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProvisioningProjectionTest extends ProjectionTest {

    @Autowired
    private ProvisioningProjection projection;

    @Test
    void startedWorkIsAnInProgressRowOfItsSubscription() {
        long id = Ids.next();
        handle(() -> projection.on(new RouterWorkStarted(id, RouterOperation.PROVISION, "invoice paid"), T0));

        Map<String, Object> row = row("""
                select operation, state, cause, step, attempts, last_error, next_attempt_at, compensation, started_at,
                       updated_at from subscription_provisioning where subscription_id = ?""", id);
        assertThat(row).containsEntry("operation", "provision").containsEntry("state", "in_progress")
                .containsEntry("cause", "invoice paid").containsEntry("step", null).containsEntry("attempts", 0)
                .containsEntry("last_error", null).containsEntry("next_attempt_at", null)
                .containsEntry("compensation", null);
        assertThat(instant(row.get("started_at"))).isEqualTo(T0);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T0);
    }

    @Test
    void retriesAndFailureAreRecordedWithTheirStepErrorAndCompensation() {
        long id = Ids.next();
        handle(() -> {
            projection.on(new RouterWorkStarted(id, RouterOperation.SUSPEND, "overdue"), T0);
            projection.on(new RouterWorkRetrying(id, RouterOperation.SUSPEND, "disable_secret", 2, "timed out", T2),
                    T1);
        });
        Map<String, Object> retrying = row("""
                select state, step, attempts, last_error, next_attempt_at, updated_at from subscription_provisioning
                where subscription_id = ?""", id);
        assertThat(retrying).containsEntry("state", "retrying").containsEntry("step", "disable_secret")
                .containsEntry("attempts", 2).containsEntry("last_error", "timed out");
        assertThat(instant(retrying.get("next_attempt_at"))).isEqualTo(T2);
        assertThat(instant(retrying.get("updated_at"))).isEqualTo(T1);

        handle(() -> projection.on(new RouterWorkFailed(id, RouterOperation.SUSPEND, "disable_secret", 12,
                "x".repeat(600), "marked provisioning failed"), T2));
        Map<String, Object> failed = row("""
                select state, attempts, length(last_error) as error_length, compensation, next_attempt_at, started_at
                from subscription_provisioning where subscription_id = ?""", id);
        assertThat(failed).containsEntry("state", "failed").containsEntry("attempts", 12)
                .containsEntry("error_length", 500).containsEntry("compensation", "marked provisioning failed")
                .containsEntry("next_attempt_at", null);
        assertThat(instant(failed.get("started_at"))).isEqualTo(T0);
    }

    @Test
    void aRequestedRetryIsInProgressAgainAndCompletionEndsIt() {
        long id = Ids.next();
        handle(() -> {
            projection.on(new RouterWorkStarted(id, RouterOperation.RESTORE, "paid"), T0);
            projection.on(new RouterWorkFailed(id, RouterOperation.RESTORE, "enable_secret", 12, "refused", "none"),
                    T0);
            projection.on(new RouterWorkRetryRequested(id, RouterOperation.RESTORE), T1);
        });
        assertThat(row("select state from subscription_provisioning where subscription_id = ?", id))
                .containsEntry("state", "in_progress");
        handle(() -> projection.on(new RouterWorkCompleted(id, RouterOperation.RESTORE, 13), T2));

        ProvisioningView view = projection.handle(new FindProvisioning(id)).orElseThrow();
        assertThat(view.state()).isEqualTo("completed");
        assertThat(view.attempts()).isEqualTo(13);
        assertThat(view.operation()).isEqualTo(RouterOperation.RESTORE);
        assertThat(view.updatedAt()).isEqualTo(T2);
    }

    @Test
    void theNextWorkStartsAfreshOnTheSameRow() {
        long id = Ids.next();
        handle(() -> {
            projection.on(new RouterWorkStarted(id, RouterOperation.PROVISION, "paid"), T0);
            projection.on(new RouterWorkFailed(id, RouterOperation.PROVISION, "add_secret", 12, "refused", "none"),
                    T0);
        });
        handle(() -> projection.on(new RouterWorkStarted(id, RouterOperation.TERMINATE, "terminated"), T1));

        Map<String, Object> row = row("""
                select operation, state, step, attempts, last_error, compensation from subscription_provisioning
                where subscription_id = ?""", id);
        assertThat(row).containsEntry("operation", "terminate").containsEntry("state", "in_progress")
                .containsEntry("step", null).containsEntry("attempts", 0).containsEntry("last_error", null)
                .containsEntry("compensation", null);
    }

    @Test
    void resetEmptiesTheTable() {
        handle(() -> projection.on(new RouterWorkStarted(Ids.next(), RouterOperation.SYNC, "reconcile"), T0));
        handle(projection::reset);

        assertThat(count("select 1 from subscription_provisioning")).isZero();
    }
}
