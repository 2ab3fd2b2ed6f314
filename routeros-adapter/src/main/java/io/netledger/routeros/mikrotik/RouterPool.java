package io.netledger.routeros.mikrotik;

import io.netledger.routeros.RouterLogin;
import io.netledger.routeros.PasswordOpener;
import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterUnavailable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The sessions to one router: at most {@code size} open at once, each lent to one caller
 * at a time. A caller waits at most the NAS's connect timeout for its turn. Idle sessions
 * are reused newest first; one that broke, went unanswered, or was opened for an endpoint
 * that has since changed (a new password, TLS, timeouts) is closed instead.
 */
final class RouterPool {

    private final int size;
    private final PasswordOpener passwords;
    private final TlsTrust tls;
    private final Semaphore turns;
    /** Guarded by {@code this}, as is {@link #open}. */
    private final Deque<RouterSession> idle = new ArrayDeque<>();
    private int open;
    private boolean closed;

    RouterPool(int size, PasswordOpener passwords, TlsTrust tls) {
        this.size = size;
        this.passwords = passwords;
        this.tls = tls;
        this.turns = new Semaphore(size, true);
    }

    /**
     * A logged-in session for {@code nas}, the caller's alone until {@link #giveBack}.
     *
     * @param fresh a new connection rather than an idle one, after one broke under the caller
     */
    RouterSession borrow(RouterLogin nas, boolean fresh) throws RouterFailure {
        awaitTurn(nas);
        try {
            RouterSession reused = fresh ? null : reusable(nas);
            if (reused != null) {
                return reused;
            }
            reserveConnection();
            try {
                return RouterSession.open(nas, passwords, tls);
            } catch (RouterFailure | RuntimeException e) {
                released();
                throw e;
            }
        } catch (RouterFailure | RuntimeException e) {
            turns.release();
            throw e;
        }
    }

    /** Takes the session back: kept for the next caller if still fit, closed otherwise. */
    void giveBack(RouterSession session) {
        boolean keep;
        synchronized (this) {
            keep = !closed && session.usable();
            if (keep) {
                idle.push(session);
            }
        }
        if (!keep) {
            session.close();
            released();
        }
        turns.release();
    }

    void close() {
        Deque<RouterSession> closing;
        synchronized (this) {
            closed = true;
            closing = new ArrayDeque<>(idle);
            idle.clear();
        }
        closing.forEach(session -> {
            session.close();
            released();
        });
    }

    private void awaitTurn(RouterLogin nas) throws RouterUnavailable {
        try {
            if (!turns.tryAcquire(nas.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new RouterUnavailable("all %d connections to %s:%d stayed busy for %d ms"
                        .formatted(size, nas.host(), nas.port(), nas.connectTimeout().toMillis()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RouterUnavailable("interrupted waiting for a connection to " + nas.host(), e);
        }
        synchronized (this) {
            if (closed) {
                turns.release();
                throw new IllegalStateException("the router gateway is closed");
            }
        }
    }

    private RouterSession reusable(RouterLogin nas) {
        while (true) {
            RouterSession session;
            synchronized (this) {
                session = idle.poll();
            }
            if (session == null) {
                return null;
            }
            if (session.usable() && session.endpoint().equals(nas)) {
                return session;
            }
            session.close();
            released();
        }
    }

    /**
     * Counts a connection about to be opened. The caller holds a turn and no session, so
     * when all {@code size} are open at least one of them is idle: that one is closed.
     */
    private void reserveConnection() {
        RouterSession evicted = null;
        synchronized (this) {
            if (open >= size && !idle.isEmpty()) {
                evicted = idle.pollLast();
            } else {
                open++;
            }
        }
        if (evicted != null) {
            evicted.close(); // its count passes to the new connection
        }
    }

    private synchronized void released() {
        open--;
    }
}
