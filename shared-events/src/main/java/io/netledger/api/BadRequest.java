package io.netledger.api;

/** A request parameter or header that cannot be understood (a page size of a million): 400. */
public class BadRequest extends RuntimeException {

    public BadRequest(String message) {
        super(message);
    }
}
