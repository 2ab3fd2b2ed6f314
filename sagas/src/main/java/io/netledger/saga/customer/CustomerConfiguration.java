package io.netledger.saga.customer;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The processor of the saga that carries a customer's suspension and termination to his subscriptions. */
@Configuration(proxyBeanMethods = false)
class CustomerConfiguration {

    /** The processing group Axon gives the saga by default: its simple name + "Processor". */
    static final String CUSTOMER_SUBSCRIPTIONS = "CustomerSubscriptionsProcessor";

    /**
     * Tracking, from the head of the event stream the first time it runs, like the dunning and router sagas:
     * Axon never resets a saga processor, so a replay never suspends or terminates anyone. One segment, so that
     * the saga sees a customer's events and his subscriptions' events (different aggregates) in the order they
     * were stored; a customer changes state a few times in his life, and each change is a command per
     * subscription.
     */
    @Bean
    ConfigurerModule customerSubscriptionsProcessor() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessor(CUSTOMER_SUBSCRIPTIONS,
                org.axonframework.config.Configuration::eventStore,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialSegmentsCount(1)
                        .andBatchSize(100)
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
