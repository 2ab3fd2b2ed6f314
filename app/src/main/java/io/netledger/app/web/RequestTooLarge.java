package io.netledger.app.web;

import java.io.IOException;

/** A request body over NETLEDGER_MAX_REQUEST_BYTES: 413, nothing read further. */
class RequestTooLarge extends IOException {

    RequestTooLarge(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }
}
