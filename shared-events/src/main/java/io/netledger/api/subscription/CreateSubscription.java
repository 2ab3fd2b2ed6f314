package io.netledger.api.subscription;

import io.netledger.api.secret.Sealed;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Subscribes a customer to a plan on a NAS. The PPPoE password arrives sealed; price and
 * billing cycle are copied from the plan as it is now.
 */
public record CreateSubscription(
        @TargetAggregateIdentifier long subscriptionId,
        long customerId,
        long servicePlanId,
        long nasServerId,
        String username,
        Sealed password,
        LocalDate startDate) {
}
