package io.netledger.app.projection;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import jakarta.annotation.PreDestroy;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * ADMIN lists the event processors and rebuilds a projection or the audit log from the events, watching
 * its progress on the list or as a stream of server-sent events (docs/adr/0017). Operations endpoints, like
 * the dead letters beside them in app/health.
 */
@RestController
@RequestMapping("/api/v1/admin/projections")
@PreAuthorize("hasRole('ADMIN')")
class ProjectionAdminController {

    private static final Duration TICK = Duration.ofSeconds(1);
    /** A stream outlives no rebuild by much; a client that wants more opens it again. */
    private static final Duration STREAM_LIMIT = Duration.ofHours(6);

    private final ProcessorStates states;
    private final Rebuilds rebuilds;
    private final ScheduledExecutorService ticks = Executors.newScheduledThreadPool(1, runnable -> {
        Thread thread = new Thread(runnable, "rebuild-progress-stream");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionAdminController(ProcessorStates states, Rebuilds rebuilds) {
        this.states = states;
        this.rebuilds = rebuilds;
    }

    @PreDestroy
    void stop() {
        ticks.shutdownNow();
    }

    @GetMapping
    Map<String, Object> list() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("processors", states.all());
        return answer;
    }

    @GetMapping("/{name}")
    Map<String, Object> get(@PathVariable String name) {
        return states.of(name);
    }

    /** 202: the rebuild runs on; its progress is on the list, and streamed at the Location. */
    @PostMapping("/{name}/rebuild")
    ResponseEntity<Map<String, Object>> rebuild(@PathVariable String name) {
        RebuildProgress started = rebuilds.start(name);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/admin/projections/" + name + "/rebuild/progress"))
                .body(started.view());
    }

    /** One {@code progress} event a second until the rebuild has finished, then the stream ends. */
    @GetMapping(path = "/{name}/rebuild/progress", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter progress(@PathVariable String name) {
        rebuilds.streaming(name);
        SseEmitter emitter = new SseEmitter(STREAM_LIMIT.toMillis());
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        Runnable tick = () -> {
            Map<String, Object> view = rebuilds.progress(name).map(RebuildProgress::view)
                    .orElseGet(() -> Map.of("processor", name, "state", "idle"));
            try {
                emitter.send(SseEmitter.event().name("progress").data(view, MediaType.APPLICATION_JSON));
                if (!"rebuilding".equals(view.get("state"))) {
                    emitter.complete();
                    cancel(task);
                }
            } catch (IOException | IllegalStateException gone) {
                cancel(task);
            }
        };
        emitter.onCompletion(() -> cancel(task));
        emitter.onTimeout(() -> {
            cancel(task);
            emitter.complete();
        });
        emitter.onError(failure -> cancel(task));
        task.set(ticks.scheduleAtFixedRate(tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS));
        return emitter;
    }

    private static void cancel(AtomicReference<ScheduledFuture<?>> task) {
        ScheduledFuture<?> running = task.get();
        if (running != null) {
            running.cancel(false);
        }
    }
}
