package io.netledger.routeros;

/**
 * A router call that did not do what was asked. Exactly two kinds, so a caller that
 * handles both has handled everything: {@link RouterUnavailable} (retry later) and
 * {@link RouterRejected} (retrying will not help).
 */
public abstract sealed class RouterFailure extends Exception permits RouterUnavailable, RouterRejected {

    RouterFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
