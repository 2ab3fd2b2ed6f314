package io.netledger.routeros.mikrotik;

import io.netledger.api.Causes;
import io.netledger.routeros.RouterLogin;
import io.netledger.routeros.PasswordOpener;
import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterItemId;
import io.netledger.routeros.RouterRejected;
import io.netledger.routeros.RouterUnavailable;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.SocketFactory;
import me.legrange.mikrotik.ApiConnection;
import me.legrange.mikrotik.ApiConnectionException;
import me.legrange.mikrotik.MikrotikApiException;
import me.legrange.mikrotik.ResultListener;
import me.legrange.mikrotik.impl.ApiCommandException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logged-in API connection to one router, used by one caller at a time: an
 * {@link ApiConnection} writes each command word by word to the socket without a lock, so
 * two threads sending at once would interleave their words.
 *
 * <p>Commands go through the library's listener form rather than its blocking
 * {@code execute(String)}, so that a connection the {@link ConnectionWatch} sees end fails
 * the waiting command at once instead of after the whole command timeout.
 */
final class RouterSession implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RouterSession.class);
    private static final int CATEGORY_INTERRUPTED = 2;

    private final RouterLogin nas;
    private final ApiConnection connection;
    private final ConnectionWatch watch;
    private final PasswordOpener passwords;
    private boolean unanswered;

    /** What a command answered: its {@code !re} rows and the {@code =ret=} of its {@code !done}, if any. */
    record Reply(List<Map<String, String>> rows, String ret) {
    }

    private RouterSession(RouterLogin nas, ApiConnection connection, ConnectionWatch watch, PasswordOpener passwords) {
        this.nas = nas;
        this.connection = connection;
        this.watch = watch;
        this.passwords = passwords;
    }

    /** Connects and logs in; both login methods are the library's one {@code login} call. */
    static RouterSession open(RouterLogin nas, PasswordOpener passwords, TlsTrust tls) throws RouterFailure {
        ConnectionWatch watch = new ConnectionWatch();
        SocketFactory sockets = new WatchedSocketFactory(
                nas.tls() ? tls.sockets() : SocketFactory.getDefault(), watch, nas.tls() && tls.verifyHostname());
        ApiConnection connection;
        try {
            connection = ApiConnection.connect(sockets, nas.host(), nas.port(), millis(nas.connectTimeout()));
        } catch (MikrotikApiException e) {
            if (Causes.causedBy(e, CertificateException.class)) {
                throw new RouterRejected(name(nas) + " presented a TLS certificate that is not trusted: " + e.getMessage(), e);
            }
            RouterFailure.Reason reason = Causes.causedBy(e, ConnectException.class) ? RouterFailure.Reason.REFUSED
                    : Causes.causedBy(e, SocketTimeoutException.class) ? RouterFailure.Reason.TIMEOUT
                    : RouterFailure.Reason.CONNECTION_LOST;
            throw new RouterUnavailable("cannot reach " + name(nas) + ": " + e.getMessage(), e, reason);
        }
        RouterSession session = new RouterSession(nas, connection, watch, passwords);
        try {
            session.logIn();
        } catch (RouterFailure | RuntimeException e) {
            session.close();
            throw e;
        }
        log.debug("Logged in to {} as {}", name(nas), nas.username());
        return session;
    }

    RouterLogin endpoint() {
        return nas;
    }

    PasswordOpener passwords() {
        return passwords;
    }

    /** Sends the command and waits, at most the NAS's command timeout, for its last reply. */
    Reply run(RouterCommand command) throws RouterFailure {
        Answer answer = new Answer();
        watch.awaiting(answer.done);
        String tag;
        try {
            tag = connection.execute(command.render(passwords), answer);
        } catch (ApiConnectionException e) {
            watch.lost("cannot send: " + e.getMessage());
            throw new RouterUnavailable(name(nas) + ": connection lost sending " + command.path(), e);
        } catch (MikrotikApiException e) {
            // RouterCommand quotes every value, so the library's parser refusing one is our bug.
            throw new IllegalStateException("the client library cannot parse " + command + ": " + e.getMessage(), e);
        }
        try {
            List<Map<String, String>> rows = answer.done.get(nas.commandTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Reply(rows, watch.takeReturn(tag));
        } catch (TimeoutException e) {
            unanswered = true;
            throw new RouterUnavailable("%s did not answer %s within %s"
                    .formatted(name(nas), command.path(), readable(nas.commandTimeout())), null,
                    RouterFailure.Reason.TIMEOUT);
        } catch (ExecutionException e) {
            throw failure(command, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unanswered = true;
            throw new RouterUnavailable("interrupted waiting for " + name(nas) + " to answer " + command.path(), e);
        }
    }

    /** The rows a print answered. */
    List<Map<String, String>> rows(RouterCommand command) throws RouterFailure {
        return run(command).rows();
    }

    /** The id an {@code add} answered with. */
    RouterItemId added(RouterCommand command) throws RouterFailure {
        String ret = run(command).ret();
        if (ret == null) {
            throw new RouterRejected(name(nas) + " answered " + command.path() + " without the new item's id");
        }
        return new RouterItemId(ret);
    }

    /** Fit to serve another command: not lost, not left with an unanswered one in flight. */
    boolean usable() {
        return !unanswered && !watch.isLost() && connection.isConnected();
    }

    /** Whether the connection itself broke (dropped, {@code !fatal}), which a fresh one may not. */
    boolean lost() {
        return watch.isLost();
    }

    String router() {
        return name(nas);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (ApiConnectionException e) {
            log.debug("Closing the connection to {}: {}", name(nas), e.getMessage());
        }
    }

    /** A {@code !trap} whose message says the item is gone, which removing calls count as done. */
    static boolean noSuchItem(RouterRejected rejected) {
        return rejected.getCause() instanceof ApiCommandException trap
                && trap.getMessage() != null && trap.getMessage().contains("no such item");
    }

    private void logIn() throws RouterFailure {
        char[] password = Secrets.open(passwords, nas.password(), "router password of " + name(nas));
        try {
            connection.setTimeout(millis(nas.commandTimeout()));
            connection.login(nas.username(), new String(password));
            watch.forgetReturns(); // the login challenge, if any
        } catch (MikrotikApiException e) {
            if (e.getCause() instanceof ApiCommandException trap) {
                throw new RouterRejected(
                        "%s refused the login of %s: %s".formatted(name(nas), nas.username(), trap.getMessage()), e,
                        RouterFailure.Reason.BAD_CREDENTIALS);
            }
            String why = watch.isLost() ? watch.lostBecause() : e.getMessage();
            throw new RouterUnavailable("%s: no answer to the login of %s: %s".formatted(name(nas), nas.username(), why), e,
                    watch.isLost() ? RouterFailure.Reason.CONNECTION_LOST : RouterFailure.Reason.TIMEOUT);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private RouterFailure failure(RouterCommand command, Throwable cause) {
        if (cause instanceof ApiCommandException trap) {
            String message = "%s refused %s: %s".formatted(name(nas), command.path(), trap.getMessage());
            // Category 2 is "execution interrupted": the command may work when asked again.
            return trap.getCategory() == CATEGORY_INTERRUPTED
                    ? new RouterUnavailable(message, trap)
                    : new RouterRejected(message, trap);
        }
        return new RouterUnavailable(
                "%s: connection lost waiting for %s: %s".formatted(name(nas), command.path(), cause.getMessage()), cause);
    }

    private static String name(RouterLogin nas) {
        return nas.host() + ":" + nas.port();
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, duration.toMillis()));
    }

    private static String readable(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** Collects one command's rows, called back on the library's reader thread. */
    private static final class Answer implements ResultListener {
        private final List<Map<String, String>> rows = new ArrayList<>();
        private final CompletableFuture<List<Map<String, String>>> done = new CompletableFuture<>();

        @Override
        public void receive(Map<String, String> row) {
            rows.add(Map.copyOf(row));
        }

        @Override
        public void error(MikrotikApiException e) {
            done.completeExceptionally(e);
        }

        @Override
        public void completed() {
            done.complete(List.copyOf(rows));
        }
    }
}
