package io.netledger.routeros.mikrotik;

import io.netledger.routeros.RouterLogin;
import io.netledger.routeros.PasswordOpener;
import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterRejected;
import io.netledger.routeros.RouterUnavailable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link RouterPool} per router (host, port and user), and the rule for a connection
 * that breaks under a call: it is closed, and the call runs once more on a fresh one. Every
 * gateway call may be repeated (ensure, remove and read), so the second run first looks at
 * what the first one left. A call that went unanswered is not repeated: a router too busy
 * to answer is not helped by being asked again at once.
 */
final class RouterConnections implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RouterConnections.class);

    private final Map<RouterKey, RouterPool> pools = new ConcurrentHashMap<>();
    private final MikrotikSettings settings;
    private final PasswordOpener passwords;
    private volatile boolean closed;

    /** The work of one gateway call, given a session of its own. */
    @FunctionalInterface
    interface RouterWork<T> {
        T on(RouterSession session) throws RouterFailure;
    }

    private record RouterKey(String host, int port, String username) {
    }

    RouterConnections(MikrotikSettings settings, PasswordOpener passwords) {
        this.settings = settings;
        this.passwords = passwords;
    }

    <T> T call(RouterLogin nas, RouterWork<T> work) throws RouterFailure {
        if (closed) {
            throw new IllegalStateException("the router gateway is closed");
        }
        RouterPool pool = pools.computeIfAbsent(new RouterKey(nas.host(), nas.port(), nas.username()),
                key -> new RouterPool(settings.connectionsPerRouter(), passwords, settings.tlsTrust()));
        boolean retried = false;
        while (true) {
            RouterSession session = pool.borrow(nas, retried);
            try {
                T result = work.on(session);
                pool.giveBack(session);
                return result;
            } catch (RouterUnavailable e) {
                pool.giveBack(session);
                if (retried || !session.lost()) {
                    throw e;
                }
                log.info("{}; once more on a fresh connection", e.getMessage());
                retried = true;
            } catch (IllegalArgumentException unreadable) {
                // A value the router printed that our records cannot take: asking again prints it again.
                pool.giveBack(session);
                throw new RouterRejected(session.router() + " answered something unreadable: " + unreadable.getMessage(),
                        unreadable);
            } catch (RouterFailure | RuntimeException | Error e) {
                pool.giveBack(session);
                throw e;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        pools.values().forEach(RouterPool::close);
    }
}
