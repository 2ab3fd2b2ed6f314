package io.netledger.command.invoice;

import static io.netledger.api.RuleViolation.check;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.netledger.api.Dates;
import io.netledger.api.Ids;
import io.netledger.api.IspCalendar;
import io.netledger.api.Money;
import io.netledger.api.Text;
import io.netledger.api.invoice.CancelInvoice;
import io.netledger.api.invoice.InvoiceCancelled;
import io.netledger.api.invoice.InvoiceIssued;
import io.netledger.api.invoice.InvoiceOverdue;
import io.netledger.api.invoice.InvoicePaid;
import io.netledger.api.invoice.InvoiceReopened;
import io.netledger.api.invoice.InvoiceSent;
import io.netledger.api.invoice.InvoiceStatus;
import io.netledger.api.invoice.MarkInvoiceOverdue;
import io.netledger.api.invoice.OverpaymentCredited;
import io.netledger.api.invoice.PaymentAttemptFailed;
import io.netledger.api.invoice.PaymentAttemptStarted;
import io.netledger.api.invoice.PaymentChannel;
import io.netledger.api.invoice.PaymentRecorded;
import io.netledger.api.invoice.PaymentRefunded;
import io.netledger.api.invoice.RecordFailedPayment;
import io.netledger.api.invoice.RecordPayment;
import io.netledger.api.invoice.RecordRefund;
import io.netledger.api.invoice.RefundAheadOfPayment;
import io.netledger.api.invoice.SendInvoice;
import io.netledger.api.invoice.StartPaymentAttempt;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * What a customer owes for one period of a subscription, and what was paid against it.
 * {@code draft → sent → paid | overdue | cancelled}; a refund or chargeback that leaves a
 * paid invoice short reopens it. Money received is never dropped: a payment on an invoice
 * that is paid or cancelled, or beyond its total, becomes the customer's credit.
 * Issuing goes through {@link InvoiceCreation}, which draws the gapless number.
 */
@Aggregate
class Invoice {

    static final String DUE_DEADLINE = "invoice-due";
    private static final int MAX_TEXT = 255;
    /** {@code payments.payment_method} is a varchar(64). */
    private static final int MAX_METHOD = 64;

    @AggregateIdentifier
    private Long invoiceId;
    private long customerId;
    private long subscriptionId;
    private String invoiceNumber;
    private int attempts;
    private Money total;
    private LocalDate periodEnd;
    private LocalDate dueDate;
    private InvoiceStatus status;
    /** What the payments recorded pay of this invoice; what they brought beyond is the customer's credit. */
    private Money applied = Money.ZERO;
    /** Overpayments kept for the customer and not yet given back. */
    private Money credit = Money.ZERO;
    /** Each recorded payment by its transaction id. */
    private final Map<String, Payment> payments = new HashMap<>();
    /** Refunds that arrived before the payment they give back (notifications come out of order). */
    private final Map<String, RefundAheadOfPayment> earlyRefunds = new HashMap<>();
    private final Set<String> failedAttempts = new HashSet<>();

    private record Payment(long paymentId, Money amount, Money applied, Money credited, boolean refunded) {
    }

    Invoice() {
    }

    Invoice(InvoiceIssued issued) {
        apply(issued);
    }

    @CommandHandler
    long handle(SendInvoice command) {
        check(status != InvoiceStatus.CANCELLED, "invoice " + invoiceId + " is cancelled and cannot be sent");
        if (status == InvoiceStatus.DRAFT) {
            apply(new InvoiceSent(invoiceId));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(CancelInvoice command) {
        check(command.reason() != null && !command.reason().isBlank(), "reason is required");
        Text.lines("reason", command.reason(), 500);
        check(status != InvoiceStatus.PAID, "invoice " + invoiceId + " is paid: refund it instead of cancelling");
        check(!applied.isPositive(),
                "invoice " + invoiceId + " has payments recorded: refund them before cancelling");
        if (status != InvoiceStatus.CANCELLED) {
            apply(new InvoiceCancelled(invoiceId, command.reason().strip()));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(RecordPayment command, IspCalendar calendar) {
        check(command.channel() != null, "paymentGateway is required");
        String tx = transactionId(command.transactionId());
        check(command.amount() != null && command.amount().isPositive(), "amount must be positive");
        command.amount().storable("amount");
        Text.line("paymentMethod", command.method(), MAX_METHOD);
        Text.line("referenceNumber", command.referenceNumber(), MAX_TEXT);
        Text.json("gatewayResponse", command.gatewayResponse());
        Dates.within("paidAt", command.paidAt());
        if (payments.containsKey(tx)) {
            return getVersion();
        }
        boolean owedBefore = owed();
        long paymentId = Ids.next();
        Instant paidAt = command.paidAt() != null ? command.paidAt() : calendar.now();
        apply(new PaymentRecorded(invoiceId, paymentId, command.channel(), tx, command.amount(), command.method(),
                command.referenceNumber(), command.gatewayResponse() == null ? Map.of() : command.gatewayResponse(),
                paidAt));
        if (owedBefore && applied.compareTo(total) >= 0) {
            apply(new InvoicePaid(invoiceId, customerId, subscriptionId, command.channel(), paidAt, periodEnd));
        }
        Money beyond = command.amount().minus(payments.get(tx).applied());
        if (beyond.isPositive()) {
            apply(new OverpaymentCredited(invoiceId, customerId, paymentId, beyond));
        }
        RefundAheadOfPayment early = earlyRefunds.get(tx);
        if (early != null) {
            refund(tx, early.amount(), early.chargeback(), early.gatewayResponse(), calendar.today());
        }
        return getVersion();
    }

    @CommandHandler
    long handle(RecordRefund command, IspCalendar calendar) {
        String tx = transactionId(command.transactionId());
        check(command.amount() == null || command.amount().isPositive(), "amount must be positive");
        if (command.amount() != null) {
            command.amount().storable("amount");
        }
        Text.json("gatewayResponse", command.gatewayResponse());
        Payment payment = payments.get(tx);
        if (payment == null) {
            if (!earlyRefunds.containsKey(tx)) {
                apply(new RefundAheadOfPayment(invoiceId, tx, command.amount(), command.chargeback(),
                        command.gatewayResponse() == null ? Map.of() : command.gatewayResponse()));
            }
        } else if (!payment.refunded()) {
            refund(tx, command.amount(), command.chargeback(), command.gatewayResponse(), calendar.today());
        }
        return getVersion();
    }

    @CommandHandler
    String handle(StartPaymentAttempt command) {
        check(command.channel() != null && command.channel() != PaymentChannel.MANUAL,
                "a payment link is made at midtrans or tripay");
        check(status != InvoiceStatus.PAID, "invoice " + invoiceId + " is paid already");
        check(status != InvoiceStatus.CANCELLED, "invoice " + invoiceId + " is cancelled");
        String orderId = attempts == 0 ? invoiceNumber : invoiceNumber + "-" + attempts;
        apply(new PaymentAttemptStarted(invoiceId, command.channel(), orderId));
        return orderId;
    }

    /** Once per transaction, and never for one that has paid: a late "expire" changes nothing. */
    @CommandHandler
    long handle(RecordFailedPayment command) {
        check(command.channel() != null, "paymentGateway is required");
        String tx = transactionId(command.transactionId());
        Text.line("status", command.gatewayStatus(), MAX_TEXT);
        Text.json("gatewayResponse", command.gatewayResponse());
        if (!payments.containsKey(tx) && failedAttempts.add(tx)) {
            apply(new PaymentAttemptFailed(invoiceId, command.channel(), tx, command.gatewayStatus(),
                    command.gatewayResponse() == null ? Map.of() : command.gatewayResponse()));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(MarkInvoiceOverdue command) {
        markOverdue(command.today());
        return getVersion();
    }

    /**
     * Scheduled by {@link InvoiceCreation} for the first moment after the due date in the
     * ISP's time zone; when it fires, that moment has come, whatever a node's clock says.
     */
    @DeadlineHandler(deadlineName = DUE_DEADLINE)
    void dueDatePassed() {
        markOverdue(dueDate.plusDays(1));
    }

    static Instant overdueFrom(LocalDate dueDate, IspCalendar calendar) {
        return calendar.startOf(dueDate.plusDays(1));
    }

    private void markOverdue(LocalDate today) {
        boolean open = status == InvoiceStatus.DRAFT || status == InvoiceStatus.SENT;
        if (open && today.isAfter(dueDate)) {
            apply(new InvoiceOverdue(invoiceId, customerId, subscriptionId));
        }
    }

    /** Gives back the credit part of the payment first, so an overpayment refunded leaves the invoice paid. */
    private void refund(String tx, Money requested, boolean chargeback, Map<String, Object> gatewayResponse,
            LocalDate today) {
        Payment payment = payments.get(tx);
        Money amount = requested == null ? payment.amount() : requested.min(payment.amount());
        Money fromCredit = amount.min(payment.credited());
        apply(new PaymentRefunded(invoiceId, payment.paymentId(), customerId, tx, amount, fromCredit, chargeback,
                gatewayResponse == null ? Map.of() : gatewayResponse));
        if (status == InvoiceStatus.PAID && applied.compareTo(total) < 0) {
            boolean late = today.isAfter(dueDate);
            apply(new InvoiceReopened(invoiceId, late ? InvoiceStatus.OVERDUE : InvoiceStatus.SENT, subscriptionId,
                    chargeback));
        }
    }

    private String transactionOf(long paymentId) {
        return payments.entrySet().stream().filter(e -> e.getValue().paymentId() == paymentId)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    InvoiceStanding standing() {
        return new InvoiceStanding(invoiceId, invoiceNumber, status, owed() ? total.minus(applied) : Money.ZERO,
                credit);
    }

    /** Whether the invoice still asks for money: not paid, not cancelled. */
    private boolean owed() {
        return status != InvoiceStatus.PAID && status != InvoiceStatus.CANCELLED;
    }

    private static String transactionId(String tx) {
        check(tx != null && !tx.isBlank(), "transactionId is required");
        return Text.line("transactionId", tx.strip(), MAX_TEXT);
    }

    @EventSourcingHandler
    void on(InvoiceIssued event) {
        invoiceId = event.invoiceId();
        customerId = event.customerId();
        subscriptionId = event.subscriptionId();
        invoiceNumber = event.invoiceNumber();
        total = event.total();
        periodEnd = event.periodEnd();
        dueDate = event.dueDate();
        status = InvoiceStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(InvoiceSent event) {
        status = InvoiceStatus.SENT;
    }

    @EventSourcingHandler
    void on(InvoiceCancelled event) {
        status = InvoiceStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(PaymentRecorded event) {
        Money part = owed() ? event.amount().min(total.minus(applied)) : Money.ZERO;
        applied = applied.plus(part);
        payments.put(event.transactionId(), new Payment(event.paymentId(), event.amount(), part, Money.ZERO, false));
    }

    @EventSourcingHandler
    void on(OverpaymentCredited event) {
        payments.computeIfPresent(transactionOf(event.paymentId()),
                (tx, p) -> new Payment(p.paymentId(), p.amount(), p.applied(), event.amount(), p.refunded()));
        credit = credit.plus(event.amount());
    }

    @EventSourcingHandler
    void on(InvoicePaid event) {
        status = InvoiceStatus.PAID;
    }

    @EventSourcingHandler
    void on(PaymentAttemptStarted event) {
        attempts++;
    }

    @EventSourcingHandler
    void on(PaymentAttemptFailed event) {
        failedAttempts.add(event.transactionId());
    }

    @EventSourcingHandler
    void on(RefundAheadOfPayment event) {
        earlyRefunds.put(event.transactionId(), event);
    }

    @EventSourcingHandler
    void on(PaymentRefunded event) {
        earlyRefunds.remove(event.transactionId());
        payments.computeIfPresent(event.transactionId(),
                (tx, p) -> new Payment(p.paymentId(), p.amount(), p.applied(), p.credited(), true));
        applied = applied.minus(event.amount().minus(event.fromCredit()));
        credit = credit.minus(event.fromCredit());
    }

    @EventSourcingHandler
    void on(InvoiceReopened event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(InvoiceOverdue event) {
        status = InvoiceStatus.OVERDUE;
    }
}
