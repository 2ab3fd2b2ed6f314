package io.netledger.saga.billing;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.netledger.api.Ids;
import io.netledger.api.IspCalendar;
import io.netledger.api.billing.StartBillingRun;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Billing runs as db-scheduler tasks (its rows live in {@code scheduled_tasks}, beside Axon's deadlines):
 * the daily run, a recurring task that one node picks at 00:30 in the ISP's zone, only starts a run; each
 * run is then carried out as a one-time task of its own, which survives a restart and goes on where it
 * stopped (docs/adr/0011).
 */
@Configuration(proxyBeanMethods = false)
class BillingSchedule {

    static final String RUN_TASK = "billing-run";
    static final String SCHEDULING_PROCESSOR = "billing-run-scheduling";
    /** A run cut short by shutdown is due again this soon: on another node at once, here after the restart. */
    private static final Duration RESUME_AFTER = Duration.ofSeconds(5);
    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    /**
     * Carries out the run named by the instance id. An execution that was tried before (cut short, failed,
     * or found dead after a crash) has recorded a success or failure: then the walk looks for the invoices
     * the earlier attempt issued without recording them.
     */
    @Bean
    CustomTask<Void> billingRunTask(BillingRunWalk walk) {
        return Tasks.custom(RUN_TASK, Void.class)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY_AFTER))
                .onDeadExecutionRevive()
                .execute((instance, context) -> {
                    Execution execution = context.getExecution();
                    boolean again = execution.lastSuccess != null || execution.lastFailure != null
                            || execution.consecutiveFailures > 0;
                    if (walk.carryOut(Long.parseLong(instance.getId()), again) == BillingRunWalk.Outcome.OVER) {
                        return new CompletionHandler.OnCompleteRemove<>();
                    }
                    return (complete, operations) -> operations.reschedule(complete, Instant.now().plus(RESUME_AFTER));
                });
    }

    /** A start that fails (the node stopping at 00:30) is tried again a minute later, not the next day. */
    @Bean
    RecurringTask<Void> dailyBillingRun(CommandGateway commands, IspCalendar calendar,
            @Value("${netledger.billing.daily-run-at:00:30}") LocalTime at) {
        return Tasks.recurring("daily-billing-run", Schedules.daily(calendar.zone(), at))
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY_AFTER))
                .execute((instance, context) -> commands.sendAndWait(
                        new StartBillingRun(Ids.next(), calendar.today(), null)));
    }

    /** Every invoice a run issues carries the run's id, for auditors and for the walk going on after a stop. */
    @Bean
    CorrelationDataProvider billingRunMetadataProvider() {
        return new SimpleCorrelationDataProvider(InvoicesOfRun.RUN_METADATA);
    }

    /** A tracking processor wakes at the commit of a new run, where a pooled one would look every 500 ms. */
    @Bean
    ConfigurerModule billingRunSchedulingProcessor() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessor(SCHEDULING_PROCESSOR,
                org.axonframework.config.Configuration::eventStore,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(100));
    }
}
