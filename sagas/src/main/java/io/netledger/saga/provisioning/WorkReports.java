package io.netledger.saga.provisioning;

import io.netledger.api.IspCalendar;
import io.netledger.api.provisioning.CompleteRouterWork;
import io.netledger.api.provisioning.FailRouterWork;
import io.netledger.api.provisioning.ScheduleRouterRetry;
import io.netledger.api.provisioning.StartRouterWork;
import io.netledger.saga.SagaCommands;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the provisioning saga tells the books, the metrics and the log how its router work goes: started,
 * retrying, given up (with the compensation), completed. The books keep it on the subscription (its
 * router-work member), which the provisioning view shows staff.
 */
final class WorkReports {

    private static final Logger log = LoggerFactory.getLogger(WorkReports.class);

    private final SagaCommands commands;
    private final ProvisioningMetrics metrics;
    private final IspCalendar calendar;

    WorkReports(SagaCommands commands, ProvisioningMetrics metrics, IspCalendar calendar) {
        this.commands = commands;
        this.metrics = metrics;
        this.calendar = calendar;
    }

    void started(long subscriptionId, RouterWork work) {
        commands.send(new StartRouterWork(subscriptionId, work.operation(), work.cause()));
    }

    void retrying(long subscriptionId, RouterWork work, StepFailed failure, Duration wait) {
        metrics.retried(work.operation());
        commands.send(new ScheduleRouterRetry(subscriptionId, work.operation(), failure.step(), work.attempts(),
                failure.error(), calendar.now().plus(wait)));
    }

    /** {@code suspend}: the same command suspends the subscription as provisioning_failed. */
    void failed(long subscriptionId, RouterWork work, StepFailed failure, String compensation, boolean suspend) {
        metrics.compensated(work.operation());
        log.warn("Router work {} for subscription {} failed at {} after {} attempts: {}; {}",
                work.operation().value(), subscriptionId, failure.step(), work.attempts(), failure.error(),
                compensation);
        commands.send(new FailRouterWork(subscriptionId, work.operation(), failure.step(), work.attempts(),
                failure.error(), compensation, suspend));
    }

    void completed(long subscriptionId, RouterWork done, AccountWriter.Written written) {
        commands.send(new CompleteRouterWork(subscriptionId, done.operation(), done.attempts(),
                written.id() == null ? null : written.id().value(), written.config()));
        Instant now = calendar.now();
        metrics.completed(done.operation(), Duration.between(done.askedAt() == null ? now : done.askedAt(), now));
    }
}
