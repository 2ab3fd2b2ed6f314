package io.netledger.command.customer;

import io.netledger.command.claim.UniqueClaims;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Which subscriptions and invoices are a customer's, as the command side must know before it erases
 * him (the read models lag, and the command side never reads them). Kept as claims written in the
 * transaction that creates each one, so none can be missed: {@code <customerId>:<id>} in a scope each.
 */
@Component
public class CustomerHoldings {

    static final String SUBSCRIPTION_SCOPE = "customer.subscription";
    static final String INVOICE_SCOPE = "customer.invoice";

    private final UniqueClaims claims;

    CustomerHoldings(UniqueClaims claims) {
        this.claims = claims;
    }

    public void subscriptionSold(long customerId, long subscriptionId) {
        claims.tryClaim(SUBSCRIPTION_SCOPE, customerId + ":" + subscriptionId, subscriptionId);
    }

    /** {@code customerOf} maps each new invoice to its customer. */
    public void invoicesIssued(Map<Long, Long> customerOf) {
        claims.tryClaimAll(INVOICE_SCOPE, customerOf.entrySet().stream().collect(Collectors.toMap(
                e -> e.getValue() + ":" + e.getKey(), Map.Entry::getKey)));
    }

    List<Long> subscriptions(long customerId) {
        return held(SUBSCRIPTION_SCOPE, customerId);
    }

    List<Long> invoices(long customerId) {
        return held(INVOICE_SCOPE, customerId);
    }

    private List<Long> held(String scope, long customerId) {
        String prefix = customerId + ":";
        return claims.valuesStartingWith(scope, prefix).stream()
                .map(value -> Long.parseLong(value.substring(prefix.length()))).sorted().toList();
    }
}
