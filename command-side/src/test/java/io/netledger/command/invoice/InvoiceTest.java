package io.netledger.command.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.instanceOf;

import io.netledger.api.IspCalendar;
import io.netledger.api.Money;
import io.netledger.api.RuleViolation;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an invoice owes, what pays it, and what happens to money beyond it. */
class InvoiceTest {

    private static final long INVOICE = 913_000_000_000_000_801L;
    private static final long CUSTOMER = 913_000_000_000_000_301L;
    private static final long SUBSCRIPTION = 913_000_000_000_000_501L;
    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 11, 11);
    private static final Instant PAID_AT = Instant.parse("2026-11-05T03:00:00Z");
    private static final LocalDate PERIOD_END = ISSUED.plusMonths(1);
    private static final InvoiceIssued ISSUED_EVENT = new InvoiceIssued(INVOICE, "INV-202611-000001", CUSTOMER,
            SUBSCRIPTION, ISSUED, PERIOD_END, money("150000"), new BigDecimal("11"), money("16500"),
            money("166500"), ISSUED, DUE, null);
    private static final InvoiceSent SENT = new InvoiceSent(INVOICE);
    private static final PaymentRecorded PAID_IN_FULL = new PaymentRecorded(INVOICE, 7L, PaymentChannel.MIDTRANS,
            "tx-1", Money.parse("166500"), "bank_transfer", null, Map.of(), PAID_AT);
    private static final InvoicePaid INVOICE_PAID = new InvoicePaid(INVOICE, CUSTOMER, SUBSCRIPTION,
            PaymentChannel.MIDTRANS, PAID_AT, PERIOD_END);

    /** The day after the due date in Jakarta (00:30 WIB), still the due date itself in UTC. */
    private static final IspCalendar CALENDAR = IspCalendar.fixedAt(Instant.parse("2026-11-11T17:30:00Z"),
            IspCalendar.WIB);

    private AggregateTestFixture<Invoice> fixture;

    @BeforeEach
    void setUp() {
        fixture = calendarAt(CALENDAR);
    }

    private static AggregateTestFixture<Invoice> calendarAt(IspCalendar calendar) {
        AggregateTestFixture<Invoice> invoices = new AggregateTestFixture<>(Invoice.class);
        invoices.registerInjectableResource(calendar);
        return invoices;
    }

    private static Money money(String amount) {
        return Money.parse(amount);
    }

    private static RecordPayment pay(String tx, String amount) {
        return new RecordPayment(INVOICE, PaymentChannel.MIDTRANS, tx, money(amount), "bank_transfer", null,
                Map.of("order_id", "INV-202611-000001"), PAID_AT);
    }

    @Test
    void aDraftIsSentOnceAndACancelledOneNever() {
        fixture.given(ISSUED_EVENT).when(new SendInvoice(INVOICE, null)).expectEvents(SENT);
        fixture.given(ISSUED_EVENT, SENT).when(new SendInvoice(INVOICE, null)).expectNoEvents();
        fixture.given(ISSUED_EVENT, new InvoiceCancelled(INVOICE, "salah tagih"))
                .when(new SendInvoice(INVOICE, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("invoice " + INVOICE + " is cancelled and cannot be sent");
    }

    @Test
    void aFullPaymentPaysTheInvoice() {
        fixture.given(ISSUED_EVENT, SENT)
                .when(pay("tx-1", "166500"))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        instanceOf(PaymentRecorded.class),
                        equalTo(
                                new InvoicePaid(INVOICE, CUSTOMER, SUBSCRIPTION, PaymentChannel.MIDTRANS, PAID_AT,
                                PERIOD_END)),
                        Matchers.andNoMore())));
    }

    @Test
    void partialPaymentsPayTheInvoiceWhenTheyReachItsTotal() {
        fixture.given(ISSUED_EVENT, SENT)
                .when(pay("tx-1", "100000"))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        instanceOf(PaymentRecorded.class),
                        Matchers.andNoMore())));
        PaymentRecorded first = new PaymentRecorded(INVOICE, 1L, PaymentChannel.MANUAL, "kwitansi-7",
                money("100000"), "cash", "kwitansi-7", Map.of(), PAID_AT);
        fixture.given(ISSUED_EVENT, SENT, first)
                .when(pay("tx-2", "66500"))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        instanceOf(PaymentRecorded.class),
                        instanceOf(InvoicePaid.class),
                        Matchers.andNoMore())));
    }

    @Test
    void theSameTransactionTwiceChangesNothing() {
        PaymentRecorded paid = new PaymentRecorded(INVOICE, 1L, PaymentChannel.MIDTRANS, "tx-1", money("166500"),
                "bank_transfer", null, Map.of(), PAID_AT);
        fixture.given(ISSUED_EVENT, SENT, paid,
                        new InvoicePaid(INVOICE, CUSTOMER, SUBSCRIPTION, PaymentChannel.MIDTRANS, PAID_AT,
                                PERIOD_END))
                .when(pay("tx-1", "166500"))
                .expectNoEvents();
    }

    @Test
    void anotherPaymentOnAPaidInvoiceBecomesTheCustomersCredit() {
        PaymentRecorded paid = new PaymentRecorded(INVOICE, 1L, PaymentChannel.MIDTRANS, "tx-1", money("166500"),
                "bank_transfer", null, Map.of(), PAID_AT);
        fixture.given(ISSUED_EVENT, SENT, paid,
                        new InvoicePaid(INVOICE, CUSTOMER, SUBSCRIPTION, PaymentChannel.MIDTRANS, PAID_AT,
                                PERIOD_END))
                .when(pay("tx-2", "166500"))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        instanceOf(PaymentRecorded.class),
                        allOf(
                                instanceOf(OverpaymentCredited.class),
                                hasToString(containsString(
                                        "amount=166500.00"))),
                        Matchers.andNoMore())));
    }

    @Test
    void whatAPaymentBringsBeyondTheTotalIsCredited() {
        fixture.given(ISSUED_EVENT, SENT)
                .when(pay("tx-1", "200000"))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        instanceOf(PaymentRecorded.class),
                        instanceOf(InvoicePaid.class),
                        hasToString(
                                containsString("amount=33500.00")),
                        Matchers.andNoMore())));
        fixture.given(ISSUED_EVENT, new InvoiceCancelled(INVOICE, "salah tagih"))
                .when(pay("tx-1", "166500"))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        instanceOf(PaymentRecorded.class),
                        allOf(
                                instanceOf(OverpaymentCredited.class),
                                hasToString(containsString(
                                        "amount=166500.00"))),
                        Matchers.andNoMore())));
    }

    @Test
    void paymentsNeedATransactionAndAPositiveAmount() {
        fixture.given(ISSUED_EVENT)
                .when(pay(" ", "1000"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("transactionId is required");
        fixture.given(ISSUED_EVENT)
                .when(pay("tx-1", "0"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("amount must be positive");
        fixture.given(ISSUED_EVENT)
                .when(new RecordPayment(INVOICE, null, "tx-1", money("1000"), null, null, null, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("paymentGateway is required");
    }

    @Test
    void aRefundThatLeavesAPaidInvoiceShortReopensIt() {
        PaymentRecorded paid = PAID_IN_FULL;
        InvoicePaid invoicePaid = INVOICE_PAID;
        boolean late = CALENDAR.today().isAfter(DUE);
        fixture.given(ISSUED_EVENT, SENT, paid, invoicePaid)
                .when(new RecordRefund(INVOICE, PaymentChannel.MIDTRANS, "tx-1", null, true, Map.of()))
                .expectEvents(new PaymentRefunded(INVOICE, 7L, CUSTOMER, "tx-1", money("166500"), Money.ZERO, true,
                                Map.of()),
                        new InvoiceReopened(INVOICE, late ? InvoiceStatus.OVERDUE : InvoiceStatus.SENT, SUBSCRIPTION, true));
        fixture.given(ISSUED_EVENT, SENT, paid, invoicePaid,
                        new PaymentRefunded(INVOICE, 7L, CUSTOMER, "tx-1", money("166500"), Money.ZERO, true,
                                Map.of()))
                .when(new RecordRefund(INVOICE, PaymentChannel.MIDTRANS, "tx-1", null, true, Map.of()))
                .expectNoEvents();
    }

    @Test
    void whetherAReopenedInvoiceIsOverdueIsDecidedByTheIspCalendarsClock() {
        PaymentRefunded refunded = new PaymentRefunded(INVOICE, 7L, CUSTOMER, "tx-1", money("166500"), Money.ZERO,
                false, Map.of());
        RecordRefund refund = new RecordRefund(INVOICE, PaymentChannel.MIDTRANS, "tx-1", null, false, Map.of());
        calendarAt(IspCalendar.fixedAt(Instant.parse("2026-11-11T16:59:59Z"), IspCalendar.WIB))
                .given(ISSUED_EVENT, SENT, PAID_IN_FULL, INVOICE_PAID).when(refund)
                .expectEvents(refunded, new InvoiceReopened(INVOICE, InvoiceStatus.SENT, SUBSCRIPTION, false));
        calendarAt(CALENDAR)
                .given(ISSUED_EVENT, SENT, PAID_IN_FULL, INVOICE_PAID).when(refund)
                .expectEvents(refunded, new InvoiceReopened(INVOICE, InvoiceStatus.OVERDUE, SUBSCRIPTION, false));
    }

    @Test
    void aPaymentWithoutItsTimeIsPaidAtTheCalendarsNow() {
        fixture.given(ISSUED_EVENT, SENT)
                .when(new RecordPayment(INVOICE, PaymentChannel.MANUAL, "manual:kw-1", money("166500"), "cash",
                        "kw-1", Map.of(), null))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        hasToString(containsString("paidAt=" + CALENDAR.now())),
                        instanceOf(InvoicePaid.class),
                        Matchers.andNoMore())));
    }

    @Test
    void aPaymentMustFitThePaymentsColumns() {
        fixture.given(ISSUED_EVENT)
                .when(new RecordPayment(INVOICE, PaymentChannel.MANUAL, "manual:kw-1", money("10000000000000"),
                        "cash", "kw-1", Map.of(), null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("amount has at most 13 digits before the decimal point: 10000000000000.00");
        fixture.given(ISSUED_EVENT)
                .when(new RecordPayment(INVOICE, PaymentChannel.MANUAL, "manual:kw-1", money("1000"), "cash",
                        "kw\u00001", Map.of(), null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("NUL"));
        fixture.given(ISSUED_EVENT)
                .when(new RecordPayment(INVOICE, PaymentChannel.MANUAL, "manual:kw-1", money("1000"),
                        "m".repeat(65), "kw-1", Map.of(), null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("paymentMethod is longer than 64 characters");
        fixture.given(ISSUED_EVENT)
                .when(new RecordPayment(INVOICE, PaymentChannel.MANUAL, "manual:kw-1", money("1000"), "cash",
                        "kw-1", Map.of(), Instant.parse("+20266-01-01T00:00:00Z")))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("paidAt must lie between"));
    }

    @Test
    void refundingAnOverpaymentTakesTheCreditBackFirstAndLeavesTheInvoicePaid() {
        PaymentRecorded paid = new PaymentRecorded(INVOICE, 7L, PaymentChannel.MIDTRANS, "tx-1", money("200000"),
                "bank_transfer", null, Map.of(), PAID_AT);
        fixture.given(ISSUED_EVENT, SENT, paid,
                        new InvoicePaid(INVOICE, CUSTOMER, SUBSCRIPTION, PaymentChannel.MIDTRANS, PAID_AT,
                                PERIOD_END),
                        new OverpaymentCredited(INVOICE, CUSTOMER, 7L, money("33500")))
                .when(new RecordRefund(INVOICE, PaymentChannel.MIDTRANS, "tx-1", money("33500"), false, Map.of()))
                .expectEvents(new PaymentRefunded(INVOICE, 7L, CUSTOMER, "tx-1", money("33500"), money("33500"),
                        false, Map.of()));
    }

    @Test
    void aRefundThatArrivesBeforeItsPaymentIsAppliedWhenThePaymentComes() {
        RefundAheadOfPayment ahead = new RefundAheadOfPayment(INVOICE, "tx-1", null, false, Map.of());
        fixture.given(ISSUED_EVENT, SENT)
                .when(new RecordRefund(INVOICE, PaymentChannel.MIDTRANS, "tx-1", null, false, Map.of()))
                .expectEvents(ahead);
        fixture.given(ISSUED_EVENT, SENT, ahead)
                .when(pay("tx-1", "166500"))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        instanceOf(PaymentRecorded.class),
                        instanceOf(InvoicePaid.class),
                        instanceOf(PaymentRefunded.class),
                        instanceOf(InvoiceReopened.class),
                        Matchers.andNoMore())));
    }

    @Test
    void aPaidInvoiceIsNotCancelledNorOneWithPaymentsOnIt() {
        PaymentRecorded part = new PaymentRecorded(INVOICE, 7L, PaymentChannel.MANUAL, "kwitansi-1", money("1000"),
                "cash", "kwitansi-1", Map.of(), PAID_AT);
        fixture.given(ISSUED_EVENT, SENT, part)
                .when(new CancelInvoice(INVOICE, null, "salah tagih"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("invoice " + INVOICE + " has payments recorded: refund them before cancelling");
        fixture.given(ISSUED_EVENT, SENT)
                .when(new CancelInvoice(INVOICE, null, " salah tagih "))
                .expectEvents(new InvoiceCancelled(INVOICE, "salah tagih"));
        fixture.given(ISSUED_EVENT, SENT)
                .when(new CancelInvoice(INVOICE, null, ""))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("reason is required");
    }

    @Test
    void anUnpaidInvoiceIsOverdueTheDayAfterItsDueDate() {
        fixture.given(ISSUED_EVENT, SENT)
                .when(new MarkInvoiceOverdue(INVOICE, DUE))
                .expectNoEvents();
        fixture.given(ISSUED_EVENT, SENT)
                .when(new MarkInvoiceOverdue(INVOICE, DUE.plusDays(1)))
                .expectEvents(new InvoiceOverdue(INVOICE, CUSTOMER, SUBSCRIPTION));
        fixture.given(ISSUED_EVENT, SENT, new InvoiceOverdue(INVOICE, CUSTOMER, SUBSCRIPTION))
                .when(new MarkInvoiceOverdue(INVOICE, DUE.plusDays(2)))
                .expectNoEvents();
        fixture.given(ISSUED_EVENT, new InvoiceCancelled(INVOICE, "salah tagih"))
                .when(new MarkInvoiceOverdue(INVOICE, DUE.plusDays(1)))
                .expectNoEvents();
    }

    @Test
    void taxIsRoundedHalfUpToWholeRupiah() {
        assertThat(Tax.of(money("150000"), new BigDecimal("11"))).isEqualTo(money("16500"));
        assertThat(Tax.of(money("99950"), new BigDecimal("11"))).as("10994.5 rounds up").isEqualTo(money("10995"));
        assertThat(Tax.of(money("99945"), new BigDecimal("11"))).as("10993.95").isEqualTo(money("10994"));
        assertThat(Tax.of(money("100004"), new BigDecimal("11"))).as("11000.44").isEqualTo(money("11000"));
        assertThat(Tax.of(money("150000"), new BigDecimal("12"))).isEqualTo(money("18000"));
        assertThat(Tax.of(money("150000"), BigDecimal.ZERO)).isEqualTo(Money.ZERO);
    }

    @Test
    void aFailedAttemptIsRecordedOnceAndNeverAgainstAPaymentThatWentThrough() {
        PaymentAttemptFailed failed = new PaymentAttemptFailed(INVOICE, PaymentChannel.MIDTRANS, "tx-9", "expire",
                Map.of());
        fixture.given(ISSUED_EVENT, SENT)
                .when(new RecordFailedPayment(INVOICE, PaymentChannel.MIDTRANS, "tx-9", "expire", Map.of()))
                .expectEvents(failed);
        fixture.given(ISSUED_EVENT, SENT, failed)
                .when(new RecordFailedPayment(INVOICE, PaymentChannel.MIDTRANS, "tx-9", "expire", Map.of()))
                .expectNoEvents();
        fixture.given(ISSUED_EVENT, SENT, new PaymentRecorded(INVOICE, 7L, PaymentChannel.MIDTRANS, "tx-9",
                        money("166500"), "bank_transfer", null, Map.of(), PAID_AT),
                        new InvoicePaid(INVOICE, CUSTOMER, SUBSCRIPTION, PaymentChannel.MIDTRANS, PAID_AT,
                                PERIOD_END))
                .when(new RecordFailedPayment(INVOICE, PaymentChannel.MIDTRANS, "tx-9", "expire", Map.of()))
                .expectNoEvents();
    }

    @Test
    void eachPaymentAttemptGetsAnOrderIdTheGatewayHasNotSeen() {
        PaymentAttemptStarted first = new PaymentAttemptStarted(INVOICE, PaymentChannel.MIDTRANS, "INV-202611-000001");
        fixture.given(ISSUED_EVENT, SENT)
                .when(new StartPaymentAttempt(INVOICE, PaymentChannel.MIDTRANS))
                .expectEvents(first)
                .expectResultMessagePayload("INV-202611-000001");
        fixture.given(ISSUED_EVENT, SENT, first)
                .when(new StartPaymentAttempt(INVOICE, PaymentChannel.TRIPAY))
                .expectEvents(new PaymentAttemptStarted(INVOICE, PaymentChannel.TRIPAY, "INV-202611-000001-1"))
                .expectResultMessagePayload("INV-202611-000001-1");
        fixture.given(ISSUED_EVENT, new InvoiceCancelled(INVOICE, "salah tagih"))
                .when(new StartPaymentAttempt(INVOICE, PaymentChannel.MIDTRANS))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("invoice " + INVOICE + " is cancelled");
        fixture.given(ISSUED_EVENT, SENT)
                .when(new StartPaymentAttempt(INVOICE, PaymentChannel.MANUAL))
                .expectException(RuleViolation.class);
    }
}
