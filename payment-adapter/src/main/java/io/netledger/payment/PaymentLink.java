package io.netledger.payment;

import java.time.Instant;

/** Where the customer pays: the gateway's page for one order. {@code expiresAt} may be unknown. */
public record PaymentLink(String gateway, String orderId, String url, String reference, Instant expiresAt) {
}
