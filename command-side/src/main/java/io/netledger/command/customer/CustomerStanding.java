package io.netledger.command.customer;

import static io.netledger.api.RuleViolation.check;

import io.netledger.api.NotFound;
import io.netledger.api.customer.CustomerStatus;
import io.netledger.command.claim.UniqueClaims;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** What other command handlers may ask of a customer: does it exist, and may it get new services or a login. */
@Component
public class CustomerStanding {

    static final String ACCOUNT_SCOPE = "customer.account";

    private final Repository<Customer> customers;
    private final UniqueClaims claims;

    CustomerStanding(Repository<Customer> customers, UniqueClaims claims) {
        this.customers = customers;
        this.claims = claims;
    }

    /** {@link NotFound} for an unknown customer; a rule violation for a terminated one. */
    public void requireOpen(long customerId) {
        CustomerStatus status;
        try {
            status = customers.load(String.valueOf(customerId)).invoke(Customer::status);
        } catch (AggregateNotFoundException e) {
            throw new NotFound("customer " + customerId + " does not exist");
        }
        check(status != CustomerStatus.TERMINATED, "customer " + customerId + " is terminated");
    }

    /** One login per customer: claims it for {@code userId}, or refuses when the customer already has one. */
    public void claimAccount(long customerId, long userId) {
        requireOpen(customerId);
        claims.claim(ACCOUNT_SCOPE, String.valueOf(customerId), userId,
                "customer " + customerId + " already has a portal login");
    }
}
