package io.netledger.saga.polling;

import io.micrometer.core.instrument.MeterRegistry;
import io.netledger.api.PageSpec;
import io.netledger.api.nas.FindNasServers;
import io.netledger.api.nas.NasServerPage;
import io.netledger.api.nas.NasServerView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Polls every active NAS, on the node that holds the {@link PollingLeadership}. A clock thread looks every tick
 * for the NAS whose {@link PollSlots slot} has come and hands each to a bounded pool of poll threads; a NAS whose
 * previous poll still runs (a slow router, waiting out its timeouts) is left until that poll ends, and no other
 * NAS waits for it. When every poll thread is busy and the queue is full, the polls due wait for the next tick.
 */
final class RouterPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RouterPolling.class);

    private final PollingLeadership leadership;
    private final RouterPoll poll;
    private final QueryGateway queries;
    private final PollingProperties properties;
    private final Clock clock;
    private final MeterRegistry registry;
    private final Map<Long, PolledNas> polled = new ConcurrentHashMap<>();
    private ScheduledExecutorService ticks;
    private ThreadPoolExecutor polls;
    private volatile boolean running;

    RouterPolling(PollingLeadership leadership, RouterPoll poll, QueryGateway queries, PollingProperties properties,
                  Clock clock, MeterRegistry registry) {
        this.leadership = leadership;
        this.poll = poll;
        this.queries = queries;
        this.properties = properties;
        this.clock = clock;
        this.registry = registry;
    }

    @Override
    public synchronized void start() {
        if (!properties.enabled() || running) {
            return;
        }
        AtomicInteger count = new AtomicInteger();
        polls = new ThreadPoolExecutor(properties.threads(), properties.threads(), 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(properties.threads() * 4), task -> daemon(task, "nas-poll-" + count.incrementAndGet()));
        polls.allowCoreThreadTimeOut(true);
        ticks = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "nas-poll-clock"));
        ticks.scheduleWithFixedDelay(this::tick, 0, properties.tick().toMillis(), TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        ticks.shutdownNow();
        polls.shutdownNow();
        leadership.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts the polls that are due; never throws, or the clock thread would stop. */
    void tick() {
        try {
            if (!leadership.lead()) {
                // another node polls: what this one knew of the routers is stale by the time it leads again
                polled.clear();
                return;
            }
            Instant now = clock.instant();
            Set<Long> active = new HashSet<>();
            for (NasServerView nas : activeNas()) {
                active.add(nas.id());
                PolledNas state = polled.computeIfAbsent(nas.id(), PolledNas::new);
                Duration interval = PollSlots.interval(nas.configuration(), properties.every());
                if (!interval.equals(state.interval)) {
                    // slots of another length are numbered otherwise: start counting them afresh
                    state.interval = interval;
                    state.lastSlot = Long.MIN_VALUE;
                }
                long slot = PollSlots.slot(now, nas.id(), interval);
                if (slot > state.lastSlot && state.polling.compareAndSet(false, true)) {
                    submit(state, slot);
                }
            }
            for (Long gone : polled.keySet().stream().filter(id -> !active.contains(id)).toList()) {
                // deactivated: no longer polled, so its sessions are no longer known either
                polled.remove(gone);
                poll.unseen(gone);
            }
        } catch (RuntimeException failure) {
            log.warn("A polling tick failed: {}", failure.getMessage());
        }
    }

    private void submit(PolledNas nas, long slot) {
        try {
            polls.execute(() -> {
                try {
                    poll.poll(nas);
                } finally {
                    nas.polling.set(false);
                }
            });
            nas.lastSlot = slot;
        } catch (RejectedExecutionException busy) {
            nas.polling.set(false);
            registry.counter("netledger.polling.deferred").increment();
        }
    }

    private List<NasServerView> activeNas() {
        List<NasServerView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<NasServerView> found = queries.query(new FindNasServers(true,
                            new PageSpec(page, PageSpec.MAX_SIZE, "createdAt", true)),
                    ResponseTypes.instanceOf(NasServerPage.class)).join().content();
            all.addAll(found);
            if (found.size() < PageSpec.MAX_SIZE) {
                return all;
            }
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
