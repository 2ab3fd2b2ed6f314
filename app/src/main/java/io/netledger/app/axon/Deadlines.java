package io.netledger.app.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Persistent deadlines (an invoice's due date) and recurring jobs (the daily billing run)
 * in PostgreSQL through db-scheduler. With a
 * {@link Scheduler} bean, Axon's auto-configuration supplies the deadline task and a
 * {@code DbSchedulerDeadlineManager}; it leaves starting the scheduler to the application,
 * which does so once everything is up, so that no deadline fires into a half-started Axon.
 */
@Configuration(proxyBeanMethods = false)
class Deadlines {

    /**
     * The data source joins the Spring transaction of the command that schedules, so a
     * command that rolls back leaves no deadline behind.
     */
    @Bean(destroyMethod = "stop")
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, List<RecurringTask<?>> recurring,
            @Value("${netledger.deadlines.polling-interval:10s}") Duration pollingInterval) {
        List<Task<?>> oneTime = tasks.stream().filter(task -> !(task instanceof RecurringTask)).toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneTime)
                .startTasks(recurring)
                .pollingInterval(pollingInterval)
                .threads(2)
                .build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(Scheduler.class).start();
    }
}
