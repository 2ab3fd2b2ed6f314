package io.netledger.app.saga;

import io.micrometer.core.instrument.MeterRegistry;
import io.netledger.api.provisioning.FormerEventNames;
import io.netledger.app.NetLedgerProperties;
import io.netledger.saga.NetworkCatalogue;
import io.netledger.saga.ProvisioningMetrics;
import io.netledger.saga.QueriedNetworkCatalogue;
import io.netledger.saga.RetrySchedule;
import io.netledger.saga.RouterOutages;
import io.netledger.saga.SagaCommands;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the router sagas need: the catalogue, their command threads, the retry schedule, metrics. */
@Configuration(proxyBeanMethods = false)
class SagaWiring {

    /** The processing group Axon gives the saga by default: its simple name + "Processor". */
    static final String SUBSCRIPTION_ON_ROUTER = "SubscriptionOnRouterProcessor";

    /** Router-work events stored before they moved to api.provisioning; Axon adds every upcaster bean to its chain. */
    @Bean
    EventUpcaster formerRouterWorkEventNames() {
        return FormerEventNames.upcaster();
    }

    @Bean
    NetworkCatalogue networkCatalogue(QueryGateway queries, NetLedgerProperties properties) {
        return new QueriedNetworkCatalogue(queries, properties.routers().connectTimeout(),
                properties.routers().commandTimeout(), properties.routers().provisionsByDefault());
    }

    /** As many as the saga's segments can wait on at once, with room to spare; each holds a connection briefly. */
    @Bean(destroyMethod = "shutdown")
    ExecutorService sagaCommandThreads() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory named = task -> {
            Thread thread = new Thread(task, "saga-command-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newFixedThreadPool(8, named);
    }

    @Bean
    SagaCommands sagaCommands(CommandGateway commands, @Qualifier("sagaCommandThreads") ExecutorService threads) {
        return new SagaCommands(commands, threads);
    }

    /**
     * With equal jitter, so that many subscriptions of one router that comes back do not all retry at once,
     * and none retries while {@link RouterOutages} still keeps everyone off the router it just failed on.
     */
    @Bean
    RetrySchedule routerRetries(NetLedgerProperties properties) {
        NetLedgerProperties.Routers routers = properties.routers();
        return RetrySchedule.exponential(routers.retryInitialDelay(), 2.0, routers.retryMaxDelay(),
                routers.retryAttempts()).withEqualJitter(RandomGenerator.getDefault());
    }

    /** A router that did not answer is left alone for less than the shortest first retry waits. */
    @Bean
    RouterOutages routerOutages(NetLedgerProperties properties) {
        return new RouterOutages(properties.routers().retryInitialDelay().dividedBy(2), Clock.systemUTC());
    }

    @Bean
    ProvisioningMetrics provisioningMetrics(MeterRegistry registry) {
        return new ProvisioningMetrics(registry);
    }

    /**
     * The saga runs in a tracking processor, unlike the projections (docs/adr/0010): a pooled streaming
     * processor over the embedded event store looks for new events every 500 ms when it is idle, which would
     * be most of a payment's wait for its router; a tracking processor's threads wait on the store and wake at
     * the commit. Four segments, as for the pooled processors, and what is available, up to 100 events, per
     * transaction: a token write per event cost more than the router calls (p50 834 ms against 68 ms at 50
     * webhooks/s on the bench). It starts at the head of the event stream the first time it
     * runs, and Axon never resets a saga processor: rebuilding projections replays their processors only, so
     * no replay ever reaches a router.
     */
    @Bean
    ConfigurerModule subscriptionOnRouterProcessor() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessor(SUBSCRIPTION_ON_ROUTER,
                org.axonframework.config.Configuration::eventStore,
                configuration -> TrackingEventProcessorConfiguration.forParallelProcessing(4)
                        .andInitialSegmentsCount(4)
                        .andBatchSize(100)
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
