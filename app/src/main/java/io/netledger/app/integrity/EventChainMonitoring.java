package io.netledger.app.integrity;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.netledger.query.integrity.IntegrityChecks;
import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The chain watched: a check of the whole store every day ({@code netledger.chain.daily-check-at}, 03:00 of
 * the server's zone by default), as a db-scheduler recurring task so that one node of a cluster runs it; and
 * two gauges, {@code netledger.event.chain.broken} (1 once the latest check found a break) and
 * {@code netledger.event.chain.lag} (stored positions not chained yet).
 */
@Configuration(proxyBeanMethods = false)
class EventChainMonitoring {

    @Bean
    RecurringTask<Void> dailyIntegrityCheck(IntegrityChecks checks,
            @Value("${netledger.chain.daily-check-at:03:00}") LocalTime at) {
        return Tasks.recurring("event-chain-integrity-check", Schedules.daily(at))
                .execute((instance, context) -> checks.start(null, "daily schedule"));
    }

    @Bean
    Gauge eventChainBroken(IntegrityChecks checks, MeterRegistry registry) {
        return Gauge.builder("netledger.event.chain.broken",
                        checks, c -> c.lastVerdict().map(verdict -> verdict.intact() ? 0.0 : 1.0).orElse(0.0))
                .description("1 when the latest integrity check found the event chain broken")
                .register(registry);
    }

    @Bean
    Gauge eventChainLag(IntegrityChecks checks, MeterRegistry registry) {
        return Gauge.builder("netledger.event.chain.lag", checks, IntegrityChecks::chainLag)
                .description("positions of the event store that the chain does not cover yet")
                .register(registry);
    }
}
