package io.netledger.api;

/** A value that must be unique (an email, a customer code) is already claimed: 409. */
public class AlreadyTaken extends RuntimeException {

    public AlreadyTaken(String message) {
        super(message);
    }
}
