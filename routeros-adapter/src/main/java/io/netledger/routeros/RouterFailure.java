package io.netledger.routeros;

/**
 * A router call that did not do what was asked. Exactly two kinds, so a caller that
 * handles both has handled everything: {@link RouterUnavailable} (retry later) and
 * {@link RouterRejected} (retrying will not help).
 */
public abstract sealed class RouterFailure extends Exception permits RouterUnavailable, RouterRejected {

    /** What went wrong, for an operator's screen; the retry decision is the subclass's. */
    public enum Reason {
        /** Nothing accepted the connection: API service off, wrong port, host down. */
        REFUSED,
        /** The router did not answer in time: connecting, logging in or running a command. */
        TIMEOUT,
        /** The connection broke, or every connection to the router stayed busy. */
        CONNECTION_LOST,
        /** The router refused the user name or password. */
        BAD_CREDENTIALS,
        /** Anything else: a refused value, a missing item, an untrusted certificate. */
        OTHER
    }

    private final Reason reason;

    RouterFailure(String message, Throwable cause, Reason reason) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
