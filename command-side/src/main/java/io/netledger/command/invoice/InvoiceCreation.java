package io.netledger.command.invoice;

import static io.netledger.api.RuleViolation.check;

import io.netledger.api.Dates;
import io.netledger.api.IspCalendar;
import io.netledger.api.Money;
import io.netledger.api.NotFound;
import io.netledger.api.RuleViolation;
import io.netledger.api.Text;
import io.netledger.api.invoice.BillingPeriod;
import io.netledger.api.invoice.InvoiceIssued;
import io.netledger.api.invoice.IssueInvoice;
import io.netledger.api.invoice.IssueInvoices;
import io.netledger.api.invoice.IssuedInvoices;
import io.netledger.api.setting.DefaultSettings;
import io.netledger.api.subscription.SubscriptionStatus;
import io.netledger.command.claim.UniqueClaims;
import io.netledger.command.customer.CustomerHoldings;
import io.netledger.command.setting.SettingLookup;
import io.netledger.command.subscription.BillableSubscription;
import io.netledger.command.subscription.SubscriptionLookup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Issues invoices: one per subscription and period (a claim, so a repeated billing run or
 * a second node cannot bill twice), at the tax rate and due days the settings hold on the
 * issue date, numbered without gaps. An invoice issued by hand without a period bills the
 * subscription's next unbilled one ({@link InvoicedPeriods}).
 *
 * <p>Every issuer of a month queues on its number counter from the draw to its commit, so
 * the draw comes last, after everything that can be done without it, and a billing run
 * draws one block of numbers for a whole batch ({@link IssueInvoices}).
 */
@Component
class InvoiceCreation {

    /** Gateways name invoices by number; the claim answers which invoice a number is, at once. */
    static final String NUMBER_SCOPE = "invoice.number";
    private static final int MAX_NOTES = 10_000;
    static final int MAX_BATCH = 1_000;

    private final Repository<Invoice> invoices;
    private final SubscriptionLookup subscriptions;
    private final UniqueClaims claims;
    private final InvoicedPeriods periods;
    private final SettingLookup settings;
    private final InvoiceNumbers numbers;
    private final DeadlineManager deadlines;
    private final IspCalendar calendar;
    private final CustomerHoldings holdings;

    InvoiceCreation(Repository<Invoice> invoices, SubscriptionLookup subscriptions, UniqueClaims claims,
            InvoicedPeriods periods, SettingLookup settings, InvoiceNumbers numbers, DeadlineManager deadlines,
            IspCalendar calendar, CustomerHoldings holdings) {
        this.invoices = invoices;
        this.subscriptions = subscriptions;
        this.claims = claims;
        this.periods = periods;
        this.settings = settings;
        this.numbers = numbers;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.holdings = holdings;
    }

    /** Answers the invoice number. */
    @CommandHandler
    String handle(IssueInvoice command) throws Exception {
        check(command.issueDate() != null, "issueDate is required");
        Text.lines("notes", command.notes(), MAX_NOTES);
        Dates.within("periodStart", command.periodStart());
        Dates.within("periodEnd", command.periodEnd());
        if (command.amount() != null) {
            command.amount().storable("amount");
        }
        Terms terms = terms(command.issueDate());
        Draft draft = draft(command.invoiceId(), command.subscriptionId(), command.periodStart(),
                command.periodEnd(), command.amount(), terms, blankToNull(command.notes()));
        claims.claim(InvoicedPeriods.SCOPE, draft.periodKey(), command.invoiceId(), alreadyBilled(draft));
        return issue(terms, List.of(draft)).get(0);
    }

    /**
     * Bills each item as {@link IssueInvoice} would; an item that breaks a rule, or whose period
     * is billed already, is reported and the others are issued. Anything else (the database
     * refusing) fails the whole batch, which then leaves nothing behind.
     */
    @CommandHandler
    IssuedInvoices handle(IssueInvoices command) throws Exception {
        check(command.issueDate() != null, "issueDate is required");
        check(command.items().size() <= MAX_BATCH, "at most " + MAX_BATCH + " invoices are issued at once");
        Terms terms = terms(command.issueDate());
        Map<Long, String> refused = new LinkedHashMap<>();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (IssueInvoices.Item item : command.items()) {
            try {
                check(item.periodStart() != null, "periodStart is required");
                Dates.within("periodStart", item.periodStart());
                Draft draft = draft(item.invoiceId(), item.subscriptionId(), item.periodStart(), null, null, terms,
                        null);
                check(drafts.putIfAbsent(draft.periodKey(), draft) == null,
                        "subscription " + item.subscriptionId() + " is in this batch twice for one period");
            } catch (RuleViolation | NotFound e) {
                refused.put(item.subscriptionId(), e.getMessage());
            }
        }
        Map<String, Long> owners = new LinkedHashMap<>();
        drafts.forEach((key, draft) -> owners.put(key, draft.invoiceId()));
        Set<String> billed = claims.tryClaimAll(InvoicedPeriods.SCOPE, owners);
        List<Long> alreadyBilled = new ArrayList<>();
        List<Draft> toIssue = new ArrayList<>();
        drafts.forEach((key, draft) -> {
            if (billed.contains(key)) {
                alreadyBilled.add(draft.subscriptionId());
            } else {
                toIssue.add(draft);
            }
        });
        List<String> issuedNumbers = issue(terms, toIssue);
        Map<Long, String> issued = new LinkedHashMap<>();
        for (int i = 0; i < toIssue.size(); i++) {
            issued.put(toIssue.get(i).subscriptionId(), issuedNumbers.get(i));
        }
        return new IssuedInvoices(issued, alreadyBilled, refused);
    }

    /** What the settings say on the issue date. */
    private record Terms(LocalDate issueDate, BigDecimal taxRate, LocalDate dueDate) {
    }

    /** An invoice ready but for its number; its period is claimed before the number is drawn. */
    private record Draft(long invoiceId, long subscriptionId, long customerId, LocalDate periodStart,
                         LocalDate periodEnd, Money amount, Money tax, String notes) {

        String periodKey() {
            return InvoicedPeriods.key(subscriptionId, periodStart);
        }
    }

    private Terms terms(LocalDate issueDate) {
        Dates.within("issueDate", issueDate);
        BigDecimal rate = number(DefaultSettings.TAX_RATE);
        check(rate.signum() >= 0, "the setting " + DefaultSettings.TAX_RATE + " cannot be negative");
        LocalDate due = issueDate.plusDays(number(DefaultSettings.INVOICE_DUE_DAYS).longValue());
        return new Terms(issueDate, rate, due);
    }

    /** A draft for the period from {@code periodStart}, or from the subscription's next unbilled one when null. */
    private Draft draft(long invoiceId, long subscriptionId, LocalDate periodStart, LocalDate periodEnd,
            Money amount, Terms terms, String notes) {
        BillableSubscription subscription = subscriptions.billable(subscriptionId);
        check(subscription.status() != SubscriptionStatus.TERMINATED,
                "subscription " + subscriptionId + " is terminated and is not billed any more");
        LocalDate start = periodStart != null ? periodStart
                : Dates.within("periodStart", periods.nextUnbilled(subscription));
        LocalDate end = periodEnd(start, periodEnd, subscription);
        Money billed = amount != null ? amount : subscription.price();
        check(billed.isPositive(), "amount must be positive");
        Money tax = Tax.of(billed, terms.taxRate());
        billed.plus(tax).storable("amount with tax");
        return new Draft(invoiceId, subscriptionId, subscription.customerId(), start, end, billed, tax, notes);
    }

    /**
     * Numbers the drafts from one block drawn last, and creates them. From the draw on, the
     * month's counter row stays locked until the transaction ends; a rollback gives the whole
     * block back.
     */
    private List<String> issue(Terms terms, List<Draft> drafts) throws Exception {
        if (drafts.isEmpty()) {
            return List.of();
        }
        List<String> drawn = numbers.next(YearMonth.from(terms.issueDate()), drafts.size());
        Map<String, Long> owners = new LinkedHashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            owners.put(drawn.get(i), drafts.get(i).invoiceId());
        }
        if (!claims.tryClaimAll(NUMBER_SCOPE, owners).isEmpty()) {
            // Only a counter set back by hand can get here; refuse rather than give a number twice.
            throw new IllegalStateException("invoice numbers " + drawn.get(0) + "… are taken already");
        }
        holdings.invoicesIssued(drafts.stream().collect(Collectors.toMap(Draft::invoiceId, Draft::customerId)));
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            String number = drawn.get(i);
            invoices.newInstance(() -> new Invoice(new InvoiceIssued(draft.invoiceId(), number, draft.customerId(),
                    draft.subscriptionId(), draft.periodStart(), draft.periodEnd(), draft.amount(), terms.taxRate(),
                    draft.tax(), draft.amount().plus(draft.tax()), terms.issueDate(), terms.dueDate(),
                    draft.notes())));
            // Kept in the database with the command's transaction: it fires after a restart too.
            deadlines.schedule(Invoice.overdueFrom(terms.dueDate(), calendar), Invoice.DUE_DEADLINE, null,
                    new AggregateScopeDescriptor("Invoice", String.valueOf(draft.invoiceId())));
        }
        return drawn;
    }

    private static String alreadyBilled(Draft draft) {
        return "subscription " + draft.subscriptionId() + " already has an invoice for the period from "
                + draft.periodStart();
    }

    private static LocalDate periodEnd(LocalDate start, LocalDate end, BillableSubscription subscription) {
        if (end == null) {
            end = BillingPeriod.endOf(subscription.startDate(), subscription.billingCycle(), start).orElseThrow(
                    () -> new RuleViolation("periodEnd is required for a subscription billed on a custom cycle"));
        }
        check(end.isAfter(start), "periodEnd must be after periodStart");
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
