package io.netledger.query.integrity;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the chainer on a thread of its own, a round every {@code netledger.chain.every}, and round after
 * round without pausing while it is behind. A failed round (the database away) is tried again next time.
 */
final class ChainLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChainLoop.class);

    private final EventChainer chainer;
    private final Duration every;
    private final int batch;
    private ScheduledExecutorService thread;

    ChainLoop(EventChainer chainer, ChainSettings settings) {
        this.chainer = chainer;
        this.every = settings.every();
        this.batch = settings.batch();
    }

    @Override
    public synchronized void start() {
        thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread chaining = new Thread(task, "event-chainer");
            chaining.setDaemon(true);
            return chaining;
        });
        thread.scheduleWithFixedDelay(this::catchUp, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void catchUp() {
        try {
            while (chainer.round() >= batch && !Thread.currentThread().isInterrupted()) {
                // behind: the next batch right away
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("Chaining the event store failed; the next round tries again: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
