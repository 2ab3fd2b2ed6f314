package io.netledger.api.customer;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a customer. Without a {@code customerCode} the next one is generated from the
 * {@code customer.code_format} setting; with one (an ISP moving from another system) it
 * is kept, if no one holds it.
 */
public record RegisterCustomer(
        @TargetAggregateIdentifier long customerId,
        String customerCode,
        CustomerDetails details,
        LocalDate registrationDate) {
}
