package io.netledger.app.saga;

import io.micrometer.core.instrument.MeterRegistry;
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
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the router sagas need: the catalogue, their command threads, the retry schedule, metrics. */
@Configuration(proxyBeanMethods = false)
class SagaWiring {

    /** The processing group Axon gives the saga by default: its simple name + "Processor". */
    static final String SUBSCRIPTION_ON_ROUTER = "SubscriptionOnRouterProcessor";

    @Bean
    NetworkCatalogue networkCatalogue(QueryGateway queries, NetLedgerProperties properties) {
        return new QueriedNetworkCatalogue(queries, properties.routers().connectTimeout(),
                properties.routers().commandTimeout());
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
     * The saga starts at the head of the event stream the first time it runs, and Axon never resets a saga
     * processor: rebuilding projections replays their processors only, so no replay ever reaches a router.
     */
    @Bean
    ConfigurerModule subscriptionOnRouterProcessor() {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                SUBSCRIPTION_ON_ROUTER, (configuration, builder) -> builder
                        .initialToken(StreamableMessageSource::createHeadToken));
    }
}
