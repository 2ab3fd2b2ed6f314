package io.netledger.command.customer;

import static io.netledger.api.RuleViolation.check;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.netledger.api.Text;
import io.netledger.api.customer.CustomerDetails;
import io.netledger.api.customer.CustomerDetailsChanged;
import io.netledger.api.customer.CustomerErased;
import io.netledger.api.customer.CustomerReactivated;
import io.netledger.api.customer.CustomerRegistered;
import io.netledger.api.customer.CustomerStatus;
import io.netledger.api.customer.CustomerSuspended;
import io.netledger.api.customer.CustomerTerminated;
import io.netledger.api.customer.ReactivateCustomer;
import io.netledger.api.customer.SuspendCustomer;
import io.netledger.api.customer.TerminateCustomer;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Someone an ISP serves. Registration and contact changes go through
 * {@link CustomerCreation}, which holds the unique code and email; the lifecycle
 * (active, suspended, terminated for good, then perhaps erased) is checked here.
 */
@Aggregate
class Customer {

    @AggregateIdentifier
    private Long customerId;
    private CustomerDetails details;
    private CustomerStatus status;
    private boolean erased;

    Customer() {
    }

    Customer(long customerId, String customerCode, CustomerDetails details, LocalDate registrationDate) {
        apply(CustomerRegistered.of(customerId, customerCode, details, registrationDate));
    }

    long change(CustomerDetails changed) {
        requireNotTerminated("changed");
        if (!changed.equals(details)) {
            apply(CustomerDetailsChanged.of(customerId, changed));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(SuspendCustomer command) {
        requireNotTerminated("suspended");
        check(command.reason() != null && !command.reason().isBlank(), "reason is required");
        Text.lines("reason", command.reason(), CustomerRequest.MAX_REASON);
        if (status == CustomerStatus.ACTIVE) {
            apply(new CustomerSuspended(customerId, command.reason().strip()));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(ReactivateCustomer command) {
        requireNotTerminated("reactivated");
        if (status == CustomerStatus.SUSPENDED) {
            apply(new CustomerReactivated(customerId));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(TerminateCustomer command) {
        check(command.reason() != null && !command.reason().isBlank(), "reason is required");
        Text.lines("reason", command.reason(), CustomerRequest.MAX_REASON);
        if (status != CustomerStatus.TERMINATED) {
            apply(new CustomerTerminated(customerId, command.reason().strip()));
        }
        return getVersion();
    }

    /**
     * Applies the erasure once; {@link CustomerErasure} has checked what stands in its way and destroys the keys.
     * Repeating it changes nothing.
     */
    long erase(String reason, List<Long> userIds) {
        if (!erased) {
            apply(new CustomerErased(customerId, reason, userIds));
        }
        return getVersion();
    }

    boolean erased() {
        return erased;
    }

    CustomerDetails details() {
        return details;
    }

    CustomerStatus status() {
        return status;
    }

    private void requireNotTerminated(String what) {
        check(!erased, "customer " + customerId + " is erased and cannot be " + what);
        check(status != CustomerStatus.TERMINATED, "customer " + customerId + " is terminated and cannot be " + what);
    }

    @EventSourcingHandler
    void on(CustomerRegistered event) {
        customerId = event.customerId();
        details = event.details();
        status = CustomerStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(CustomerDetailsChanged event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(CustomerSuspended event) {
        status = CustomerStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(CustomerReactivated event) {
        status = CustomerStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(CustomerTerminated event) {
        status = CustomerStatus.TERMINATED;
    }

    @EventSourcingHandler
    void on(CustomerErased event) {
        erased = true;
    }
}
