package io.netledger.app.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * /actuator/health shows each event processor: running or not, in error or not, the segments this
 * node has claimed, and its dead letters. A processor in error means a read model is stuck; a dead
 * letter means an event is missing from one. Either is DOWN until mended: the dead letters are
 * named by event type, aggregate and cause (never by payload: it may hold personal data), and ADMIN
 * retries them at /api/v1/dead-letters.
 */
@Component("eventProcessors")
class EventProcessorsHealth implements HealthIndicator {

    /** Enough to say what is wrong; ADMIN's API lists them all. */
    private static final int NAMED_PER_PROCESSOR = 5;

    private final EventProcessingConfiguration processing;
    private final DeadLetters deadLetters;

    EventProcessorsHealth(EventProcessingConfiguration processing, DeadLetters deadLetters) {
        this.processing = processing;
        this.deadLetters = deadLetters;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        Map<String, Long> lettered = deadLetters.counts();
        boolean healthy = true;
        for (Map.Entry<String, EventProcessor> entry : processing.eventProcessors().entrySet()) {
            EventProcessor processor = entry.getValue();
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("running", processor.isRunning());
            state.put("error", processor.isError());
            if (processor instanceof StreamingEventProcessor streaming) {
                state.put("claimedSegments", streaming.processingStatus().size());
            }
            long letters = lettered.getOrDefault(entry.getKey(), 0L);
            if (processing.sequencedDeadLetterProcessor(entry.getKey()).isPresent() || letters > 0) {
                state.put("deadLetters", letters);
            }
            if (letters > 0) {
                state.put("deadLettered", named(entry.getKey()));
            }
            details.put(entry.getKey(), state);
            healthy &= processor.isRunning() && !processor.isError() && letters == 0;
        }
        return (healthy ? Health.up() : Health.down()).withDetails(details).build();
    }

    private List<Map<String, Object>> named(String processor) {
        return deadLetters.failing(processor).stream().limit(NAMED_PER_PROCESSOR).map(letter -> {
            Map<String, Object> named = new LinkedHashMap<>();
            named.put("eventType", letter.eventType());
            named.put("aggregateType", letter.aggregateType());
            named.put("aggregateId", letter.aggregateId());
            named.put("cause", letter.causeSummary());
            return named;
        }).toList();
    }
}
