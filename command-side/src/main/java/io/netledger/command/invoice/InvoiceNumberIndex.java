package io.netledger.command.invoice;

import io.netledger.command.claim.UniqueClaims;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which invoice a gateway's order id names. Order ids are the invoice number, with
 * {@code -N} for a later payment attempt; read from the claims written with the invoice,
 * not from the read model, which may lag.
 */
@Component
public class InvoiceNumberIndex {

    private final UniqueClaims claims;

    InvoiceNumberIndex(UniqueClaims claims) {
        this.claims = claims;
    }

    public Optional<Long> invoiceOf(String orderId) {
        if (orderId == null || !orderId.matches("^INV-\\d{6}-\\d{6}(-\\d{1,4})?$")) {
            return Optional.empty();
        }
        return claims.owner(InvoiceCreation.NUMBER_SCOPE, orderId.substring(0, "INV-202611-000123".length()));
    }
}
