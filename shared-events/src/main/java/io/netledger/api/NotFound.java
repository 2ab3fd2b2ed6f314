package io.netledger.api;

/** The resource a client asked for does not exist (or is not visible to it): 404. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
