package io.netledger.payment;

/**
 * A gateway notification, or the gateway's answer about one, that does not say what a payment notice needs
 * (not a JSON object, a field that is no amount or no time, a status with no known outcome). Nothing is
 * recorded; the gateway retries, and someone should read the message.
 */
public class UnreadableNotice extends IllegalArgumentException {

    public UnreadableNotice(String message) {
        super(message);
    }
}
