package io.netledger.routeros;

/**
 * The router answered and said no: wrong credentials, a value it does not accept, an item
 * that does not exist. Asking again unchanged will get the same answer; the message is
 * the router's own where it gave one.
 */
public final class RouterRejected extends RouterFailure {

    public RouterRejected(String message) {
        super(message, null, Reason.OTHER);
    }

    public RouterRejected(String message, Throwable cause) {
        super(message, cause, Reason.OTHER);
    }

    public RouterRejected(String message, Throwable cause, Reason reason) {
        super(message, cause, reason);
    }
}
