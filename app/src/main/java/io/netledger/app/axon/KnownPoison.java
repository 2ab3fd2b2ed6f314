package io.netledger.app.axon;

import org.axonframework.messaging.deadletter.ThrowableCause;

/**
 * Thrown instead of handling an event that failed a careful batch (see {@link ProjectionIsolation}):
 * the dead-letter queue takes it with the cause it failed with, and its handlers write nothing.
 */
final class KnownPoison extends RuntimeException {

    private final transient ThrowableCause failure;

    KnownPoison(ThrowableCause cause) {
        super(cause.type() + ": " + cause.message(), null, false, false);
        this.failure = cause;
    }

    ThrowableCause failure() {
        return failure;
    }
}
