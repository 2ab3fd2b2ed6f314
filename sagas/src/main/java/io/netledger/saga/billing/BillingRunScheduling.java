package io.netledger.saga.billing;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import io.netledger.api.billing.BillingRunStarted;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Turns each started run into persistent work: a db-scheduler execution of {@link BillingSchedule#RUN_TASK}
 * named by the run's id, written in the same transaction as this processor's token. So a run is carried out
 * once, on one node, even if the node that accepted it stops a moment later; a run seen twice is scheduled once.
 */
@Component
@ProcessingGroup(BillingSchedule.SCHEDULING_PROCESSOR)
class BillingRunScheduling {

    private final Scheduler scheduler;
    private final CustomTask<Void> runTask;

    BillingRunScheduling(Scheduler scheduler, @Qualifier("billingRunTask") CustomTask<Void> runTask) {
        this.scheduler = scheduler;
        this.runTask = runTask;
    }

    @EventHandler
    void on(BillingRunStarted event) {
        scheduler.scheduleIfNotExists(runTask.instance(String.valueOf(event.billingRunId())), Instant.now());
        // The scheduler polls every few seconds; a run someone waits for starts as soon as its row is committed.
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.afterCommit(done -> scheduler.triggerCheckForDueExecutions()));
    }
}
