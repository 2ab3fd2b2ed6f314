package io.netledger.app.projection;

import io.netledger.api.NotFound;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a read model from the events: the processor is stopped, its tokens reset (its
 * {@code @ResetHandler} empties its tables and Axon writes a ReplayToken per segment in token_entry), and
 * started again; it then replays from the first event, its rows and its token moving in one transaction
 * per batch as always.
 * <p>
 * Whether a group is rebuilding, and how far it has come, is read from the committed tokens in token_entry
 * every half second, not kept in memory only: a
 * rebuild that a crash interrupted resumes from its ReplayTokens once the node is back, and its readers get
 * their 503 again; a rebuild that another node runs is seen here too.
 */
@Component
class Rebuilds {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);
    private static final long REFRESH_MILLIS = 500;
    /**
     * Processors with a segment whose stored ReplayToken has not yet reached the position it was reset at. Axon
     * keeps the ReplayToken until an event past that position arrives, so the type alone would keep a quiet
     * store "rebuilding" for ever.
     */
    private static final String REPLAYING = """
            select processor_name, min(current_index) from (
                select processor_name,
                       coalesce((convert_from(token, 'UTF8')::jsonb #>> '{currentToken,index}')::bigint, -1)
                           as current_index,
                       (convert_from(token, 'UTF8')::jsonb #>> '{tokenAtReset,index}')::bigint as reset_index
                from token_entry where token_type like '%.ReplayToken') replay
            where current_index < reset_index
            group by processor_name""";

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final RebuildingGroups groups;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rebuild-progress");
        thread.setDaemon(true);
        return thread;
    });

    Rebuilds(EventProcessingConfiguration processing, JdbcTemplate jdbc, RebuildingGroups groups) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.groups = groups;
    }

    /** What a rebuild started with: when, and the stretch of the store it replays. */
    private record Rebuild(String processor, boolean resumed, Instant startedAt, long first, long head,
            Instant finishedAt, long done) {
    }

    /**
     * Before any processor runs (beans are made before the processors start, the database migrated before
     * them): a rebuild a stop interrupted is known, and its readers refused, from the first request on.
     */
    @PostConstruct
    void takeUpInterrupted() {
        refresh();
    }

    @EventListener(ApplicationReadyEvent.class)
    void watch() {
        refresh();
        refresher.scheduleWithFixedDelay(this::refreshQuietly, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    /** Starts rebuilding {@code name}; refused for sagas, for a rebuild under way, and while another node holds segments. */
    synchronized RebuildProgress start(String name) {
        StreamingEventProcessor processor = streaming(name);
        ProcessorKind kind = ProcessorKind.of(name, processor);
        if (!kind.rebuildable() || !processor.supportsReset()) {
            throw new RebuildRefused("'" + name + "' is a saga's processor: sagas are never replayed, they would act"
                    + " again on events long handled");
        }
        if (progress(name).filter(progress -> !progress.finished()).isPresent()) {
            throw new RebuildRefused("'" + name + "' is already being rebuilt");
        }
        long head = head();
        Rebuild rebuild = new Rebuild(name, false, Instant.now(), first(), head, null, 0);
        rebuilds.put(name, rebuild);
        groups.rebuilding(progressOf(rebuild));
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (RuntimeException refused) {
            rebuilds.remove(name);
            groups.done(name);
            log.warn("Could not rebuild {}: {}", name, refused.toString());
            throw new RebuildRefused("'" + name + "' could not be reset: every segment must be free to claim, and"
                    + " another node may hold some; stop its processor there and retry (" + refused.getMessage() + ")");
        } finally {
            processor.start();
        }
        log.info("Rebuilding {} from the events up to position {}", name, head);
        return progressOf(rebuild);
    }

    /** The rebuild of {@code name} under way, or the last one this node saw finish. */
    Optional<RebuildProgress> progress(String name) {
        return Optional.ofNullable(rebuilds.get(name)).map(this::progressOf);
    }

    StreamingEventProcessor streaming(String name) {
        EventProcessor processor = processing.eventProcessor(name)
                .orElseThrow(() -> new NotFound("no event processor named " + name));
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            throw new NotFound("no event processor named " + name);
        }
        return streaming;
    }

    long head() {
        Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    private long first() {
        Long first = jdbc.queryForObject("select min(global_index) from domain_event_entry", Long.class);
        return first == null ? 1 : first;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Could not read the rebuilds' progress: {}", e.toString());
        }
    }

    /** Takes up rebuilds found in the tokens, and ends those whose replay is over. */
    private synchronized void refresh() {
        // Committed positions, wherever the segments run: a batch still in its transaction has not been done yet.
        Map<String, Long> replaying = new java.util.HashMap<>();
        jdbc.query(REPLAYING, rs -> {
            replaying.put(rs.getString(1), rs.getLong(2));
        });
        for (String name : replaying.keySet()) {
            if (processing.eventProcessor(name).isPresent()) {
                rebuilds.compute(name, (key, known) -> known == null || known.finishedAt() != null
                        ? new Rebuild(name, true, Instant.now(), first(), head(), null, 0) : known);
            }
        }
        rebuilds.replaceAll((name, rebuild) -> rebuild.finishedAt() != null ? rebuild : advanced(rebuild,
                Optional.ofNullable(replaying.get(name))));
        rebuilds.values().forEach(rebuild -> {
            if (rebuild.finishedAt() == null) {
                groups.rebuilding(progressOf(rebuild));
            } else {
                groups.done(rebuild.processor());
            }
        });
    }

    /** {@code slowest}: the committed position of the slowest segment still replaying; none once all are done. */
    private Rebuild advanced(Rebuild rebuild, Optional<Long> slowest) {
        boolean over = slowest.isEmpty();
        long done = over ? total(rebuild)
                : Math.max(0, Math.min(slowest.get(), rebuild.head()) - rebuild.first() + 1);
        if (over) {
            log.info("Rebuilt {}: {} events", rebuild.processor(), done);
        }
        return new Rebuild(rebuild.processor(), rebuild.resumed(), rebuild.startedAt(), rebuild.first(),
                rebuild.head(), over ? Instant.now() : null, Math.max(done, rebuild.done()));
    }

    private static long total(Rebuild rebuild) {
        return Math.max(0, rebuild.head() - rebuild.first() + 1);
    }

    private RebuildProgress progressOf(Rebuild rebuild) {
        long done = rebuild.finishedAt() == null ? rebuild.done() : total(rebuild);
        return new RebuildProgress(rebuild.processor(), rebuild.finishedAt() != null, rebuild.resumed(),
                rebuild.startedAt(), rebuild.finishedAt(), done, total(rebuild));
    }

    static OptionalLong slowest(Map<Integer, EventTrackerStatus> segments) {
        return segments.isEmpty() ? OptionalLong.empty() : OptionalLong.of(segments.values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(0)).min().orElse(0));
    }
}
