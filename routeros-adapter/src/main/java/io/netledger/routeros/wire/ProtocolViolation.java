package io.netledger.routeros.wire;

import java.io.IOException;

/**
 * The bytes on the wire are not a RouterOS API conversation: a stream that ends inside a
 * word or sentence, a length prefix no encoding produces, a word that is not UTF-8 or not
 * a well-formed attribute. The connection cannot be trusted to stay in step afterwards.
 */
public final class ProtocolViolation extends IOException {

    public ProtocolViolation(String message) {
        super(message);
    }

    public ProtocolViolation(String message, Throwable cause) {
        super(message, cause);
    }
}
