package io.netledger.routeros;

import java.io.IOException;

/**
 * The bytes on the wire are not a RouterOS API conversation: a stream that ends inside a
 * word or sentence, a length prefix no encoding produces, a word that is not UTF-8 or not
 * a well-formed attribute. The connection cannot be trusted to stay in step afterwards.
 */
final class ProtocolViolation extends IOException {

    ProtocolViolation(String message) {
        super(message);
    }

    ProtocolViolation(String message, Throwable cause) {
        super(message, cause);
    }
}
