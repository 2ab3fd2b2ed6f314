package io.netledger.app.billing;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily billing run, as a db-scheduler recurring task: its next execution is a row in
 * {@code scheduled_tasks} that one node picks, so a cluster bills once a day and a node
 * that was down catches up when it starts.
 */
@Configuration(proxyBeanMethods = false)
class DailyBilling {

    static final ZoneId ISP_ZONE = ZoneId.of("Asia/Jakarta");

    @Bean
    RecurringTask<Void> dailyBillingRun(BillingRuns runs,
            @Value("${netledger.billing.daily-run-at:00:30}") LocalTime at) {
        return Tasks.recurring("daily-billing-run", Schedules.daily(ISP_ZONE, at))
                .execute((instance, context) -> runs.runNow(LocalDate.now(ISP_ZONE)));
    }
}
