package io.netledger.app;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/** The event processors of a running application, as tests that rebuild read models wait on them. */
public final class Processors {

    private Processors() {
    }

    /** The newest event in the store. */
    public static long head(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    }

    /** Whether every segment of {@code processor} has handled the store up to {@code head}. */
    public static boolean caughtUpTo(StreamingEventProcessor processor, long head) {
        var status = processor.processingStatus();
        return !status.isEmpty() && status.values().stream().allMatch(segment -> segment.isCaughtUp()
                && segment.getCurrentPosition().orElse(-1) >= head);
    }

    /** Whether every processor has handled the store up to {@code head}. */
    public static boolean allCaughtUpTo(EventProcessingConfiguration processing, long head) {
        return processing.eventProcessors().values().stream()
                .allMatch(processor -> caughtUpTo((StreamingEventProcessor) processor, head));
    }

    /** Until every processor has handled what the store holds now. */
    public static void awaitCaughtUp(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        long head = head(jdbc);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> allCaughtUpTo(processing, head));
    }

    /** Stops every processor that can be replayed and resets its tokens (its read model emptied); answers them. */
    public static List<StreamingEventProcessor> resetAll(EventProcessingConfiguration processing) {
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .map(StreamingEventProcessor.class::cast).filter(StreamingEventProcessor::supportsReset).toList();
        processors.forEach(processor -> {
            processor.shutDown();
            processor.resetTokens();
        });
        return processors;
    }
}
