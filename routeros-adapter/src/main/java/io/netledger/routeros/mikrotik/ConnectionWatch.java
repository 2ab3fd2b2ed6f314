package io.netledger.routeros.mikrotik;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import me.legrange.mikrotik.ApiConnectionException;

/**
 * What the socket sees of one connection that mikrotik-java 3.0.8 does not tell its caller:
 * that the connection is gone ({@code !fatal}, end of stream, an I/O error; the library
 * then only lets the command time out), and the {@code =ret=} of a {@code !done} (the
 * library hands it to its own synchronous listener only, never to a
 * {@code ResultListener}).
 */
final class ConnectionWatch {

    private final Map<String, String> returns = new ConcurrentHashMap<>();
    private volatile String lostBecause;
    private volatile CompletableFuture<?> awaited;

    /** The reply now being waited for; it fails at once if the connection is or becomes lost. */
    void awaiting(CompletableFuture<?> reply) {
        awaited = reply;
        String reason = lostBecause;
        if (reason != null) {
            reply.completeExceptionally(new ApiConnectionException(reason));
        }
    }

    void lost(String reason) {
        if (lostBecause == null) {
            lostBecause = reason;
        }
        CompletableFuture<?> reply = awaited;
        if (reply != null) {
            reply.completeExceptionally(new ApiConnectionException(lostBecause));
        }
    }

    boolean isLost() {
        return lostBecause != null;
    }

    String lostBecause() {
        return lostBecause;
    }

    void returned(String tag, String value) {
        returns.put(tag, value);
    }

    void forgetReturns() {
        returns.clear();
    }

    /** The {@code =ret=} of the command tagged {@code tag}, or null; forgotten once taken. */
    String takeReturn(String tag) {
        return returns.remove(tag);
    }
}
