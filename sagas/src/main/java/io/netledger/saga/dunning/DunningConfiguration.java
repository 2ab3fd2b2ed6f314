package io.netledger.saga.dunning;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dunning saga's own processor, apart from the provisioning saga's so that neither holds up the other. */
@Configuration(proxyBeanMethods = false)
class DunningConfiguration {

    /** The processing group Axon gives the saga by default: its simple name + "Processor". */
    static final String SUBSCRIPTION_DUNNING = "SubscriptionDunningProcessor";

    /**
     * Tracking, from the head of the event stream the first time it runs, like the provisioning saga's (see
     * ProvisioningConfiguration): Axon never resets a saga processor, so a replay never suspends anyone. One
     * segment: an overdue invoice is a few events a day per subscription, and its work is one command.
     */
    @Bean
    ConfigurerModule subscriptionDunningProcessor() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessor(SUBSCRIPTION_DUNNING,
                org.axonframework.config.Configuration::eventStore,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialSegmentsCount(1)
                        .andBatchSize(100)
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
