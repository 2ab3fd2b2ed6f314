package io.netledger.app.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every event processor as an operator sees it: what it feeds, how far it has come against the head of
 * the store, how far behind it is in events and in time, whether it is in error, its dead letters, and
 * its rebuild. Positions are those of the segments this node holds.
 */
@Component
class ProcessorStates {

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Rebuilds rebuilds;
    private final QueriesFed queries;

    ProcessorStates(EventProcessingConfiguration processing, JdbcTemplate jdbc, Rebuilds rebuilds,
            QueriesFed queries) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.rebuilds = rebuilds;
        this.queries = queries;
    }

    List<Map<String, Object>> all() {
        long head = rebuilds.head();
        Map<String, Long> deadLetters = deadLetters();
        List<Map<String, Object>> all = new ArrayList<>();
        new TreeMap<>(processing.eventProcessors()).forEach((name, processor) ->
                all.add(state(name, processor, head, deadLetters.getOrDefault(name, 0L))));
        return all;
    }

    Map<String, Object> of(String name) {
        StreamingEventProcessor processor = rebuilds.streaming(name);
        return state(name, processor, rebuilds.head(), deadLetters().getOrDefault(name, 0L));
    }

    private Map<String, Object> state(String name, EventProcessor processor, long head, long deadLetters) {
        ProcessorKind kind = ProcessorKind.of(name, processor);
        Map<Integer, EventTrackerStatus> segments = processor instanceof StreamingEventProcessor streaming
                ? streaming.processingStatus() : Map.of();
        OptionalLong position = Rebuilds.slowest(segments);
        var rebuild = rebuilds.progress(name);
        boolean rebuilding = rebuild.filter(progress -> !progress.finished()).isPresent();
        boolean error = processor.isError() || segments.values().stream().anyMatch(EventTrackerStatus::isErrorState);

        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("kind", kind.value());
        state.put("state", rebuilding ? "rebuilding" : error ? "error" : processor.isRunning() ? "running" : "stopped");
        state.put("rebuildable", kind.rebuildable());
        state.put("feeds", queries.of(name));
        state.put("claimedSegments", segments.size());
        state.put("position", position.isPresent() ? position.getAsLong() : null);
        state.put("head", head);
        state.put("lagEvents", position.isPresent() ? Math.max(0, head - position.getAsLong()) : null);
        state.put("lagSeconds", position.isPresent() ? lagSeconds(position.getAsLong()) : null);
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("inError", error);
        errors.put("causes", segments.values().stream().filter(EventTrackerStatus::isErrorState)
                .map(status -> String.valueOf(status.getError())).distinct().toList());
        errors.put("deadLetters", deadLetters);
        state.put("errors", errors);
        state.put("rebuild", rebuild.map(RebuildProgress::view).orElse(null));
        return state;
    }

    /** How old the oldest event not yet handled is; 0 when there is none. */
    private long lagSeconds(long position) {
        List<String> next = jdbc.queryForList("""
                select time_stamp from domain_event_entry where global_index > ? order by global_index limit 1""",
                String.class, position);
        if (next.isEmpty()) {
            return 0;
        }
        return Math.max(0, Duration.between(Instant.parse(next.get(0)), Instant.now()).toSeconds());
    }

    private Map<String, Long> deadLetters() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("select processing_group, count(*) from dead_letter_entry group by processing_group",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }
}
