package io.netledger.saga.provisioning;

import io.micrometer.core.instrument.MeterRegistry;
import io.netledger.api.IspCalendar;
import io.netledger.routeros.RouterGateway;
import io.netledger.saga.NetworkCatalogue;
import io.netledger.saga.RouterProperties;
import io.netledger.saga.SagaCommands;
import java.util.random.RandomGenerator;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the provisioning saga needs: how to write an account, when to retry, how to report, and its processor. */
@Configuration(proxyBeanMethods = false)
class ProvisioningConfiguration {

    /** The processing group Axon gives the saga by default: its simple name + "Processor". */
    static final String SUBSCRIPTION_ON_ROUTER = "SubscriptionOnRouterProcessor";

    /**
     * With equal jitter, so that many subscriptions of one router that comes back do not all retry at once,
     * and none retries while {@link RouterOutages} still keeps everyone off the router it just failed on.
     */
    @Bean
    RetrySchedule routerRetries(RouterProperties routers) {
        return RetrySchedule.exponential(routers.retryInitialDelay(), 2.0, routers.retryMaxDelay(),
                routers.retryAttempts()).withEqualJitter(RandomGenerator.getDefault());
    }

    /** A router that did not answer is left alone for less than the shortest first retry waits. */
    @Bean
    AccountWriter accountWriter(RouterGateway router, NetworkCatalogue catalogue, RouterProperties routers,
            IspCalendar calendar) {
        return new AccountWriter(router, catalogue,
                new RouterOutages(routers.retryInitialDelay().dividedBy(2), calendar.clock()));
    }

    @Bean
    WorkReports routerWorkReports(SagaCommands commands, MeterRegistry registry, IspCalendar calendar) {
        return new WorkReports(commands, new ProvisioningMetrics(registry), calendar);
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
