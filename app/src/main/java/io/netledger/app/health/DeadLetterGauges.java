package io.netledger.app.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code netledger.projections.dead_letters}, one gauge per projection processor: the events it holds
 * in its dead-letter queue. Alert on anything above zero. Registered once Axon's processors exist.
 */
@Component
class DeadLetterGauges {

    static final String NAME = "netledger.projections.dead_letters";

    private final EventProcessingConfiguration processing;
    private final DeadLetters deadLetters;
    private final MeterRegistry registry;

    DeadLetterGauges(EventProcessingConfiguration processing, DeadLetters deadLetters, MeterRegistry registry) {
        this.processing = processing;
        this.deadLetters = deadLetters;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        processing.eventProcessors().keySet().stream()
                .filter(name -> processing.sequencedDeadLetterProcessor(name).isPresent())
                .forEach(name -> Gauge.builder(NAME, deadLetters, letters -> letters.count(name))
                        .description("Events the projection could not handle, waiting for ADMIN to retry them")
                        .tag("processor", name)
                        .register(registry));
    }
}
