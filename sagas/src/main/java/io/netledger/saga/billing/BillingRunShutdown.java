package io.netledger.saga.billing;

import java.time.Duration;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Stops billing runs before anything they need stops. Spring stops lifecycles by phase, highest first:
 * this one goes before the web server and Axon (whose buses would otherwise vanish under a running walk:
 * "No handler found for FindSubscriptionsAfter"). A walk checks {@link #stopping()} before each batch, so
 * it only waits for the batches in flight; the run is then rescheduled and goes on after the restart.
 */
@Component
class BillingRunShutdown implements SmartLifecycle {

    /** Batches in flight take well under a second; past this, shutdown goes on and the run resumes anyway. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private volatile boolean running;
    private volatile boolean stopping;
    private int walking;

    /** A walk begins; false once shutdown has begun. */
    synchronized boolean enter() {
        if (stopping) {
            return false;
        }
        walking++;
        return true;
    }

    synchronized void leave() {
        walking--;
        notifyAll();
    }

    boolean stopping() {
        return stopping;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public synchronized void stop() {
        stopping = true;
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        try {
            while (walking > 0 && System.nanoTime() < deadline) {
                wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
