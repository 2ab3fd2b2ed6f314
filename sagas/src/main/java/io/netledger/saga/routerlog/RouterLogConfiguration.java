package io.netledger.saga.routerlog;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.micrometer.core.instrument.MeterRegistry;
import io.netledger.api.IspCalendar;
import io.netledger.api.telemetry.RouterLogBook;
import io.netledger.routeros.RouterGateway;
import io.netledger.saga.NetworkCatalogue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routers' logs followed into {@code network_logs} (issue #15, ADR 0023). The round is a db-scheduler recurring
 * task, as the reconciliation is, so one node of a cluster runs it at a time; the cursor moved only from where
 * the reader started keeps a second reader (a node taking over mid-read) from storing a line twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RouterLogProperties.class)
class RouterLogConfiguration {

    @Bean
    RouterLogFollower routerLogFollower(RouterGateway router, NetworkCatalogue catalogue, RouterLogBook book,
                                        MeterRegistry registry, IspCalendar calendar) {
        return new RouterLogFollower(router, catalogue, book, registry, calendar.clock());
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService routerLogReaders(RouterLogProperties properties) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(properties.readers(), task -> {
            Thread thread = new Thread(task, "router-log-reader-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    RouterLogRounds routerLogRounds(QueryGateway queries, RouterLogBook book, RouterLogFollower follower,
                                    RouterLogProperties properties, @Qualifier("routerLogReaders") ExecutorService readers,
                                    MeterRegistry registry, IspCalendar calendar) {
        return new RouterLogRounds(queries, book, follower, properties, readers, registry,
                calendar.clock());
    }

    @Bean
    RecurringTask<Void> routerLogRound(RouterLogRounds rounds, RouterLogProperties properties) {
        return Tasks.recurring("router-log-round", Schedules.fixedDelay(properties.round()))
                .execute((instance, context) -> rounds.round());
    }
}
