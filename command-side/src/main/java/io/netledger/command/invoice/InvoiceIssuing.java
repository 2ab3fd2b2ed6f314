package io.netledger.command.invoice;

import static io.netledger.api.RuleViolation.check;

import io.netledger.api.Money;
import io.netledger.api.RuleViolation;
import io.netledger.api.invoice.InvoiceIssued;
import io.netledger.api.invoice.IssueInvoice;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.setting.DefaultSettings;
import io.netledger.api.subscription.SubscriptionStatus;
import io.netledger.command.claim.UniqueClaims;
import io.netledger.command.setting.SettingDefinitions;
import io.netledger.command.subscription.BillableSubscription;
import io.netledger.command.subscription.SubscriptionBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Issues invoices: one per subscription and period (a claim, so a repeated billing run or
 * a second node cannot bill twice), at the tax rate and due days the settings hold on the
 * issue date, numbered without gaps.
 */
@Component
class InvoiceIssuing {

    static final String PERIOD_SCOPE = "invoice.period";
    /** Gateways name invoices by number; the claim answers which invoice a number is, at once. */
    static final String NUMBER_SCOPE = "invoice.number";
    private static final int MAX_NOTES = 10_000;

    private final Repository<Invoice> invoices;
    private final SubscriptionBook subscriptions;
    private final UniqueClaims claims;
    private final SettingDefinitions settings;
    private final InvoiceNumbers numbers;
    private final DeadlineManager deadlines;

    InvoiceIssuing(Repository<Invoice> invoices, SubscriptionBook subscriptions, UniqueClaims claims,
            SettingDefinitions settings, InvoiceNumbers numbers, DeadlineManager deadlines) {
        this.invoices = invoices;
        this.subscriptions = subscriptions;
        this.claims = claims;
        this.settings = settings;
        this.numbers = numbers;
        this.deadlines = deadlines;
    }

    /** Answers the invoice number. */
    @CommandHandler
    String handle(IssueInvoice command) throws Exception {
        check(command.periodStart() != null, "periodStart is required");
        check(command.issueDate() != null, "issueDate is required");
        check(command.notes() == null || command.notes().length() <= MAX_NOTES,
                "notes are longer than " + MAX_NOTES + " characters");
        BillableSubscription subscription = subscriptions.billable(command.subscriptionId());
        check(subscription.status() != SubscriptionStatus.TERMINATED,
                "subscription " + command.subscriptionId() + " is terminated and is not billed any more");
        LocalDate periodEnd = periodEnd(command, subscription.billingCycle());
        Money amount = command.amount() != null ? command.amount() : subscription.price();
        check(amount.isPositive(), "amount must be positive");
        BigDecimal rate = number(DefaultSettings.TAX_RATE);
        check(rate.signum() >= 0, "the setting " + DefaultSettings.TAX_RATE + " cannot be negative");
        Money tax = Tax.of(amount, rate);
        LocalDate due = command.issueDate().plusDays(number(DefaultSettings.INVOICE_DUE_DAYS).longValue());

        // The number first: every issuer of a month queues on its counter, and one that then
        // fails (a period billed already) gives its number back by rolling back.
        String number = numbers.next(YearMonth.from(command.issueDate()));
        claims.claim(PERIOD_SCOPE, command.subscriptionId() + "/" + command.periodStart(), command.invoiceId(),
                "subscription " + command.subscriptionId() + " already has an invoice for the period from "
                        + command.periodStart());
        claims.claim(NUMBER_SCOPE, number, command.invoiceId());
        invoices.newInstance(() -> new Invoice(new InvoiceIssued(command.invoiceId(), number,
                subscription.customerId(), command.subscriptionId(), command.periodStart(), periodEnd, amount, rate,
                tax, amount.plus(tax), command.issueDate(), due, blankToNull(command.notes()))));
        // Kept in the database with the command's transaction: it fires after a restart too.
        deadlines.schedule(Invoice.overdueFrom(due), Invoice.DUE_DEADLINE, null,
                new AggregateScopeDescriptor("Invoice", String.valueOf(command.invoiceId())));
        return number;
    }

    private static LocalDate periodEnd(IssueInvoice command, BillingCycle cycle) {
        LocalDate end = command.periodEnd();
        if (end == null) {
            check(cycle != BillingCycle.CUSTOM, "periodEnd is required for a subscription billed on a custom cycle");
            end = cycle == BillingCycle.YEARLY ? command.periodStart().plusYears(1)
                    : command.periodStart().plusMonths(1);
        }
        check(end.isAfter(command.periodStart()), "periodEnd must be after periodStart");
        return end;
    }

    private BigDecimal number(String key) {
        try {
            return new BigDecimal(settings.currentValue(key).strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation("the setting " + key + " must hold a number");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
