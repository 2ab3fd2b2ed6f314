package io.netledger.app.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code netledger.processors.behind}, one gauge per event processor: how many positions of the event store
 * its slowest segment on this node still has to handle (NaN while this node holds none of its segments).
 * Computed when scraped, so it costs nothing per event, unlike Axon's per-message monitors, which are off
 * (application.yml). A figure that keeps growing is a processor that cannot keep up.
 */
@Component
class ProcessorLagGauges {

    static final String NAME = "netledger.processors.behind";

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final MeterRegistry registry;

    ProcessorLagGauges(EventProcessingConfiguration processing, JdbcTemplate jdbc, MeterRegistry registry) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder(NAME, streaming, this::behind)
                        .description("Positions of the event store the processor's slowest segment here has yet to handle")
                        .tag("processor", name)
                        .register(registry);
            }
        });
    }

    private double behind(StreamingEventProcessor processor) {
        var segments = processor.processingStatus().values();
        if (segments.isEmpty()) {
            return Double.NaN;
        }
        long slowest = segments.stream().mapToLong(status -> status.getCurrentPosition().orElse(-1)).min().orElse(-1);
        Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return Math.max(0, (head == null ? 0 : head) - slowest);
    }
}
