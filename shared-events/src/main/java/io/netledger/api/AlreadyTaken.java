package io.netledger.api;

/** A value that must be unique (an email, a customer code) is already claimed: 409. */
public class AlreadyTaken extends RuntimeException {

    private final String scope;

    public AlreadyTaken(String message) {
        this(null, message);
    }

    /** @param scope what kind of value was taken (a claim's scope, e.g. {@link PppUsername#CLAIM_SCOPE}) */
    public AlreadyTaken(String scope, String message) {
        super(message);
        this.scope = scope;
    }

    /** The claim's scope, so that a caller can tell which of several unique values was taken; may be null. */
    public String scope() {
        return scope;
    }
}
