package io.netledger.saga.cpe;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.micrometer.core.instrument.MeterRegistry;
import io.netledger.api.IspCalendar;
import io.netledger.api.genieacs.CpeDevices;
import io.netledger.api.genieacs.FindQueuedCpeTasks;
import io.netledger.api.genieacs.QueuedCpeTask;
import io.netledger.api.secret.SecretCipher;
import io.netledger.genieacs.NbiFailure;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The GenieACS room: clients per integration ({@code NETLEDGER_GENIEACS_TIMEOUT}, 10 s by default), the device
 * sync in pages of {@code netledger.genieacs.page-size} (500), the round that syncs every active integration
 * whose interval has passed, the pushes, and the follower of tasks GenieACS holds for devices that could not be
 * reached ({@code netledger.genieacs.follow-every}, 5 s). Round and follower are db-scheduler recurring tasks, so
 * that one node of a cluster runs each.
 */
@Configuration(proxyBeanMethods = false)
class CpeConfiguration {

    static final String PUSHES = "cpe-pushes";
    static final int FOLLOWED_PER_ROUND = 200;

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

    @Bean
    SubscriptionSecrets subscriptionSecrets(EventStore events) {
        return new SubscriptionSecrets(events);
    }

    @Bean
    CpePusher cpePusher(QueryGateway queries, CommandGateway commands, AcsClients clients, CpeDevices devices,
            IspCalendar calendar) {
        return new CpePusher(queries, commands, clients, devices, calendar);
    }

    @Bean
    CpePushes cpePushes(CpePusher pusher, SubscriptionSecrets secrets, SecretCipher cipher) {
        return new CpePushes(pusher, secrets, cipher);
    }

    /**
     * Tracking, from the head of the event stream the first time it runs, as the router saga's processor: a
     * replay never reaches a device. One segment: pushes are a few a day per subscription.
     */
    @Bean
    ConfigurerModule cpePushesProcessor() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessor(PUSHES,
                org.axonframework.config.Configuration::eventStore,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialSegmentsCount(1)
                        .andBatchSize(10)
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }

    @Bean
    RecurringTask<Void> genieAcsTaskFollower(QueryGateway queries, CpePusher pusher, MeterRegistry registry,
            @Value("${netledger.genieacs.follow-every:5s}") Duration every) {
        return Tasks.recurring("genieacs-follow", Schedules.fixedDelay(every))
                .execute((instance, context) -> {
                    for (QueuedCpeTask task : queries.query(new FindQueuedCpeTasks(FOLLOWED_PER_ROUND),
                            ResponseTypes.multipleInstancesOf(QueuedCpeTask.class)).join()) {
                        try {
                            pusher.follow(task.subscriptionId(), task.pushId(), task.kind(), task.integrationId(),
                                    task.deviceId(), task.taskId());
                        } catch (NbiFailure | IllegalArgumentException failure) {
                            registry.counter("netledger.genieacs.follow.failures").increment();
                        }
                    }
                });
    }
}
