package io.netledger.payment;

/** The gateway answered, but not with a payment page; the message is the gateway's own, never a key. */
public class GatewayRefused extends RuntimeException {

    public GatewayRefused(String message) {
        super(message);
    }

    public GatewayRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
