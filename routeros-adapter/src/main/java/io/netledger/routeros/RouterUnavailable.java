package io.netledger.routeros;

/**
 * The router could not be asked or did not answer: connection refused, a timeout, a
 * connection dropped mid-command. The request may or may not have been carried out, which
 * the gateway's idempotent calls make safe to repeat later.
 */
public final class RouterUnavailable extends RouterFailure {

    public RouterUnavailable(String message) {
        super(message, null, Reason.CONNECTION_LOST);
    }

    public RouterUnavailable(String message, Throwable cause) {
        super(message, cause, Reason.CONNECTION_LOST);
    }

    public RouterUnavailable(String message, Throwable cause, Reason reason) {
        super(message, cause, reason);
    }
}
