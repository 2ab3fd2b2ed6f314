package io.netledger.payment;

/** A notification whose signature is missing or was not made with our key: nothing in it is believed. */
public class ForgedNotice extends RuntimeException {

    public ForgedNotice(String message) {
        super(message);
    }
}
