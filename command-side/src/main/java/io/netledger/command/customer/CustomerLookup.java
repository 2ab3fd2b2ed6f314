package io.netledger.command.customer;

import static io.netledger.api.RuleViolation.check;

import io.netledger.api.NotFound;
import io.netledger.api.customer.CustomerStatus;
import io.netledger.command.CurrentState;
import io.netledger.command.claim.UniqueClaims;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** What other command handlers may ask of a customer: does it exist, its name, may it get new services or a login. */
@Component
public class CustomerLookup {

    static final String ACCOUNT_SCOPE = "customer.account";

    private final CurrentState<Customer> customers;
    private final UniqueClaims claims;

    CustomerLookup(EventStore events, UniqueClaims claims) {
        this.customers = new CurrentState<>(Customer.class, events);
        this.claims = claims;
    }

    /** {@link NotFound} for an unknown customer; a rule violation for a terminated one. */
    public void requireOpen(long customerId) {
        CustomerStatus status = customers.read(customerId, Customer::status)
                .orElseThrow(() -> new NotFound("customer " + customerId + " does not exist"));
        check(status != CustomerStatus.TERMINATED, "customer " + customerId + " is terminated");
    }

    /** The customer's name as staff last gave it; {@link NotFound} for an unknown customer. */
    public String name(long customerId) {
        return customers.read(customerId, customer -> customer.details().name())
                .orElseThrow(() -> new NotFound("customer " + customerId + " does not exist"));
    }

    /** One login per customer: claims it for {@code userId}, or refuses when the customer already has one. */
    public void claimAccount(long customerId, long userId) {
        requireOpen(customerId);
        claims.claim(ACCOUNT_SCOPE, String.valueOf(customerId), userId,
                "customer " + customerId + " already has a portal login");
    }
}
