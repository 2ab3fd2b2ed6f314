package io.netledger.app.health;

import io.netledger.api.NotFound;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * ADMIN sees the events that projections could not handle and, once the cause is mended, has them
 * handled again. A retry takes each dead-lettered sequence (an aggregate's failed event and the events
 * that wait behind it) in order and stops a sequence at the first event that fails again, which stays
 * in the queue with its new cause.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class DeadLetterController {

    private final EventProcessingConfiguration processing;
    private final DeadLetters deadLetters;

    DeadLetterController(EventProcessingConfiguration processing, DeadLetters deadLetters) {
        this.processing = processing;
        this.deadLetters = deadLetters;
    }

    @GetMapping("/api/v1/dead-letters")
    Map<String, Object> list() {
        List<Map<String, Object>> processors = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, Long> entry : deadLetters.counts().entrySet()) {
            Map<String, Object> processor = new LinkedHashMap<>();
            processor.put("processor", entry.getKey());
            processor.put("count", entry.getValue());
            processor.put("deadLetters", deadLetters.of(entry.getKey()).stream().map(DeadLetterController::view).toList());
            processors.add(processor);
            total += entry.getValue();
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("total", total);
        answer.put("processors", processors);
        return answer;
    }

    @PostMapping("/api/v1/dead-letters/{processor}/retry")
    Map<String, Object> retry(@PathVariable String processor) {
        SequencedDeadLetterProcessor<EventMessage<?>> queue = processing.sequencedDeadLetterProcessor(processor)
                .orElseThrow(() -> new NotFound("no projection processor named " + processor));
        Map<String, Long> before = deadLetters.of(processor).stream()
                .collect(Collectors.groupingBy(DeadLetters.Letter::sequenceId, LinkedHashMap::new,
                        Collectors.counting()));
        for (String sequence : before.keySet()) {
            queue.process(letter -> letter instanceof JdbcDeadLetter<?> stored
                    && stored.getSequenceIdentifier().equals(sequence));
        }
        Map<String, DeadLetters.Letter> failing = deadLetters.failing(processor).stream()
                .collect(Collectors.toMap(DeadLetters.Letter::sequenceId, letter -> letter, (a, b) -> a,
                        LinkedHashMap::new));
        List<Map<String, Object>> retried = before.entrySet().stream()
                .filter(sequence -> !failing.containsKey(sequence.getKey()))
                .map(sequence -> Map.<String, Object>of("sequenceId", sequence.getKey(), "events", sequence.getValue()))
                .toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("processor", processor);
        answer.put("retried", retried);
        answer.put("stillFailing", failing.values().stream().map(DeadLetterController::view).toList());
        return answer;
    }

    private static Map<String, Object> view(DeadLetters.Letter letter) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sequenceId", letter.sequenceId());
        view.put("sequenceIndex", letter.sequenceIndex());
        view.put("eventType", letter.eventType());
        view.put("aggregateType", letter.aggregateType());
        view.put("aggregateId", letter.aggregateId());
        view.put("aggregateSequenceNumber", letter.sequenceNumber());
        view.put("globalPosition", letter.globalPosition() == null ? null : String.valueOf(letter.globalPosition()));
        if (letter.causeType() != null) {
            view.put("cause", Map.of("type", letter.causeType(), "message", String.valueOf(letter.causeMessage())));
        } else {
            view.put("cause", null);
        }
        view.put("firstAttempt", letter.firstAttempt());
        view.put("lastAttempt", letter.lastAttempt());
        view.put("attempts", letter.attempts());
        return view;
    }
}
