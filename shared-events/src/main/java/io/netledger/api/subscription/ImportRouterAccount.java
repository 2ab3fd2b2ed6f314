package io.netledger.api.subscription;

import io.netledger.api.customer.CustomerDetails;
import io.netledger.api.secret.Sealed;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes over one PPP secret that a router held before NetLedger: its customer is registered and its
 * subscription created in one transaction, already {@code active} (or {@code suspended} when the router has the
 * secret disabled) and marked as imported, so that the router saga does not write the account back. The
 * username is claimed first, so importing a secret twice is refused before anything is written.
 *
 * @param mikrotikId     the router's id for the secret
 * @param mikrotikConfig what else the router held for it (profile, service, comment), kept as found
 * @param remoteAddress  the secret's fixed customer address, which becomes the subscription's primary network
 *                       ({@code networkId}); both null when the secret has none
 * @param disabled       whether the router has the secret disabled
 * @param endDate        the end of the period the customer is taken to have paid for
 * @return the customer code given to the new customer
 */
public record ImportRouterAccount(
        @TargetAggregateIdentifier long subscriptionId,
        long customerId,
        CustomerDetails customer,
        long servicePlanId,
        long nasServerId,
        String username,
        Sealed password,
        String mikrotikId,
        Map<String, Object> mikrotikConfig,
        String remoteAddress,
        Long networkId,
        boolean disabled,
        LocalDate startDate,
        LocalDate endDate) {
}
