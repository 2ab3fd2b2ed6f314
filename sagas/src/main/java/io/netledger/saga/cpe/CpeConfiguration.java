package io.netledger.saga.cpe;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.micrometer.core.instrument.MeterRegistry;
import io.netledger.api.IspCalendar;
import io.netledger.api.genieacs.CpeDevices;
import io.netledger.api.secret.SecretCipher;
import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The GenieACS room: clients per integration ({@code NETLEDGER_GENIEACS_TIMEOUT}, 10 s by default), the device
 * sync in pages of {@code netledger.genieacs.page-size} (500), and the round that syncs every active integration
 * whose interval has passed: a db-scheduler recurring task, so that one node of a cluster runs it.
 */
@Configuration(proxyBeanMethods = false)
class CpeConfiguration {

    @Bean
    AcsClients acsClients(SecretCipher secrets, @Value("${netledger.genieacs.timeout:10s}") Duration timeout) {
        return new AcsClients(secrets, timeout);
    }

    @Bean
    RegisteredAcs registeredAcs(EventStore events, QueryGateway queries) {
        return new RegisteredAcs(events, queries);
    }

    @Bean
    DeviceSync deviceSync(AcsClients clients, CpeDevices devices, IspCalendar calendar,
            @Value("${netledger.genieacs.page-size:500}") int pageSize) {
        return new DeviceSync(clients, devices, calendar, pageSize);
    }

    @Bean
    SyncRound syncRound(QueryGateway queries, DeviceSync sync, CpeDevices devices, IspCalendar calendar,
            MeterRegistry registry) {
        return new SyncRound(queries, sync, devices, calendar, registry);
    }

    @Bean
    RecurringTask<Void> genieAcsSyncRound(SyncRound round,
            @Value("${netledger.genieacs.round-every:1m}") Duration every) {
        return Tasks.recurring("genieacs-sync", Schedules.fixedDelay(every))
                .execute((instance, context) -> round.run());
    }
}
