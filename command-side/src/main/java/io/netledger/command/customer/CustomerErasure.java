package io.netledger.command.customer;

import static io.netledger.api.RuleViolation.check;

import io.netledger.api.IspCalendar;
import io.netledger.api.Text;
import io.netledger.api.customer.CustomerStatus;
import io.netledger.api.customer.EraseCustomer;
import io.netledger.api.customer.ErasureRefused;
import io.netledger.api.personal.SubjectKind;
import io.netledger.api.subscription.SubscriptionStatus;
import io.netledger.command.claim.UniqueClaims;
import io.netledger.command.invoice.InvoiceLookup;
import io.netledger.command.invoice.InvoiceStanding;
import io.netledger.command.personal.DataKeys;
import io.netledger.command.personal.ErasureLedger;
import io.netledger.command.subscription.BillableSubscription;
import io.netledger.command.subscription.SubscriptionLookup;
import io.netledger.command.user.LoginErasure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Erases a customer's personal data (UU 27/2022, docs/adr/0015) once nothing binds him to the ISP any more: he is
 * terminated, so are his subscriptions, and no invoice asks for money nor keeps an overpayment of his. Destroys
 * his data key and his login's in the transaction that records {@code CustomerErased}, frees his email for
 * others, and keeps the erasure in the ledger outside the database. His code stays, as a pseudonym the books
 * still add up under.
 */
@Component
class CustomerErasure {

    private final Repository<Customer> customers;
    private final CustomerHoldings holdings;
    private final SubscriptionLookup subscriptions;
    private final InvoiceLookup invoices;
    private final UniqueClaims claims;
    private final LoginErasure logins;
    private final DataKeys keys;
    private final ErasureLedger ledger;
    private final IspCalendar calendar;

    CustomerErasure(Repository<Customer> customers, CustomerHoldings holdings, SubscriptionLookup subscriptions,
            InvoiceLookup invoices, UniqueClaims claims, LoginErasure logins, DataKeys keys, ErasureLedger ledger,
            IspCalendar calendar) {
        this.customers = customers;
        this.holdings = holdings;
        this.subscriptions = subscriptions;
        this.invoices = invoices;
        this.claims = claims;
        this.logins = logins;
        this.keys = keys;
        this.ledger = ledger;
        this.calendar = calendar;
    }

    @CommandHandler
    long handle(EraseCustomer command) {
        check(command.reason() != null && !command.reason().isBlank(), "reason is required");
        String reason = Text.lines("reason", command.reason(), CustomerRequest.MAX_REASON).strip();
        long customerId = command.customerId();
        Aggregate<Customer> customer = customers.load(String.valueOf(customerId));
        boolean erased = customer.invoke(Customer::erased);
        if (erased && !command.reapplied()) {
            return customer.version();
        }
        if (!command.reapplied()) {
            List<String> obstacles = obstacles(customerId, customer.invoke(Customer::status));
            if (!obstacles.isEmpty()) {
                throw new ErasureRefused(customerId, obstacles);
            }
        }
        List<Long> userIds = claims.owner(CustomerLookup.ACCOUNT_SCOPE, String.valueOf(customerId))
                .map(List::of).orElse(List.of());
        Instant at = calendar.now();
        keys.destroy(SubjectKind.CUSTOMER, customerId, at, reason);
        claims.releaseAll(CustomerCreation.EMAIL_SCOPE, customerId);
        for (long userId : userIds) {
            keys.destroy(SubjectKind.USER, userId, at, reason);
            logins.erase(userId, customerId);
        }
        ledger.recordAfterCommit(SubjectKind.CUSTOMER, customerId, at, reason);
        userIds.forEach(userId -> ledger.recordAfterCommit(SubjectKind.USER, userId, at, reason));
        return customer.invoke(c -> c.erase(reason, userIds));
    }

    /** What stands in the way, one line each, in the words staff act on. */
    private List<String> obstacles(long customerId, CustomerStatus status) {
        List<String> obstacles = new ArrayList<>();
        if (status != CustomerStatus.TERMINATED) {
            obstacles.add("the customer is " + status.name().toLowerCase() + "; terminate him first");
        }
        for (long subscriptionId : holdings.subscriptions(customerId)) {
            BillableSubscription subscription = subscriptions.billable(subscriptionId);
            if (subscription.status() != SubscriptionStatus.TERMINATED) {
                obstacles.add("subscription " + subscriptionId + " is " + subscription.status().value());
            }
        }
        for (long invoiceId : holdings.invoices(customerId)) {
            InvoiceStanding invoice = invoices.standing(invoiceId);
            if (invoice.unpaid().isPositive()) {
                obstacles.add("invoice " + invoice.invoiceNumber() + " is " + invoice.status().value() + " with "
                        + invoice.unpaid() + " unpaid");
            }
            if (invoice.credit().isPositive()) {
                obstacles.add("invoice " + invoice.invoiceNumber() + " keeps an overpayment of " + invoice.credit()
                        + " not yet refunded");
            }
        }
        return obstacles;
    }
}
