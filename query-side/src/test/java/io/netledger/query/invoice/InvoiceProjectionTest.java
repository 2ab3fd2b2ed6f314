package io.netledger.query.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.api.Money;
import io.netledger.api.PageSpec;
import io.netledger.api.customer.CustomerErased;
import io.netledger.api.invoice.FindInvoice;
import io.netledger.api.invoice.FindInvoices;
import io.netledger.api.invoice.FindPayments;
import io.netledger.api.invoice.InvoiceCancelled;
import io.netledger.api.invoice.InvoiceIssued;
import io.netledger.api.invoice.InvoiceOverdue;
import io.netledger.api.invoice.InvoicePage;
import io.netledger.api.invoice.InvoicePaid;
import io.netledger.api.invoice.InvoiceReopened;
import io.netledger.api.invoice.InvoiceSent;
import io.netledger.api.invoice.InvoiceStatus;
import io.netledger.api.invoice.InvoiceView;
import io.netledger.api.invoice.OverpaymentCredited;
import io.netledger.api.invoice.PaymentAttemptStarted;
import io.netledger.api.invoice.PaymentChannel;
import io.netledger.api.invoice.PaymentRecorded;
import io.netledger.api.invoice.PaymentRefunded;
import io.netledger.api.invoice.PaymentView;
import io.netledger.api.personal.Erased;
import io.netledger.query.ProjectionTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InvoiceProjectionTest extends ProjectionTest {

    private static final LocalDate PERIOD_START = LocalDate.of(2026, 12, 1);

    @Autowired
    private InvoiceProjection projection;

    @Test
    void issuedInvoiceIsADraftRowWithItsAmountsPeriodAndTaxRate() {
        long customer = Ids.next();
        long subscription = Ids.next();
        long id = issued(customer, subscription, "INV-202612-0001");

        Map<String, Object> row = row("""
                select customer_id, subscription_id, invoice_number, amount, tax, total, due_date, status,
                       payment_method, payment_details ->> 'taxRate' as tax_rate,
                       payment_details ->> 'issueDate' as issue_date, notes, period_start, period_end, created_at,
                       updated_at, aggregate_version
                from invoices where id = ?""", id);
        assertThat(row).containsEntry("customer_id", customer).containsEntry("subscription_id", subscription)
                .containsEntry("invoice_number", "INV-202612-0001").containsEntry("amount", new BigDecimal("150000.00"))
                .containsEntry("tax", new BigDecimal("16500.00")).containsEntry("total", new BigDecimal("166500.00"))
                .containsEntry("status", "draft").containsEntry("payment_method", null)
                .containsEntry("tax_rate", "11").containsEntry("issue_date", "2026-12-01")
                .containsEntry("notes", "December").containsEntry("aggregate_version", 0L);
        assertThat(row.get("due_date").toString()).isEqualTo("2026-12-10");
        assertThat(row.get("period_start").toString()).isEqualTo("2026-12-01");
        assertThat(row.get("period_end").toString()).isEqualTo("2026-12-31");
        assertThat(instant(row.get("created_at"))).isEqualTo(T0);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T0);
    }

    @Test
    void statusFollowsSentOverduePaidAndCancelledWithTheInvoicesVersion() {
        long id = issued(Ids.next(), Ids.next(), "INV-" + Ids.next());
        handle(() -> projection.on(new InvoiceSent(id), T1, 1));
        assertThat(status(id)).isEqualTo("sent");
        handle(() -> projection.on(new InvoiceOverdue(id, 0, 0), T1, 2));
        assertThat(status(id)).isEqualTo("overdue");
        handle(() -> projection.on(new InvoiceCancelled(id, "customer left"), T2, 3));

        Map<String, Object> row = row("""
                select status, payment_details ->> 'cancellationReason' as reason, aggregate_version, updated_at
                from invoices where id = ?""", id);
        assertThat(row).containsEntry("status", "cancelled").containsEntry("reason", "customer left")
                .containsEntry("aggregate_version", 3L);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T2);
    }

    @Test
    void aRecordedPaymentIsAPaymentRowAndSumsUpOnItsInvoice() {
        long id = issued(Ids.next(), Ids.next(), "INV-" + Ids.next());
        long payment = Ids.next();
        handle(() -> {
            projection.on(new PaymentRecorded(id, payment, PaymentChannel.MIDTRANS, "trx-1", Money.parse("100000.00"),
                    "bank_transfer", "REF-1", Map.of("status_code", "200"), T1), T1, 1);
            projection.on(new PaymentRecorded(id, Ids.next(), PaymentChannel.TRIPAY, "trx-2", Money.parse("66500.00"),
                    "BRIVA", null, Map.of(), T2), T2, 2);
            projection.on(new InvoicePaid(id, 0, 0, PaymentChannel.TRIPAY, T2, null), T2, 3);
        });

        Map<String, Object> p = row("""
                select invoice_id, transaction_id, payment_gateway, amount, status, payment_method,
                       gateway_response ->> 'status_code' as status_code, reference_number, paid_at, created_at,
                       updated_at from payments where id = ?""", payment);
        assertThat(p).containsEntry("invoice_id", id).containsEntry("transaction_id", "trx-1")
                .containsEntry("payment_gateway", "midtrans").containsEntry("amount", new BigDecimal("100000.00"))
                .containsEntry("status", "paid").containsEntry("payment_method", "bank_transfer")
                .containsEntry("status_code", "200").containsEntry("reference_number", "REF-1");
        assertThat(instant(p.get("paid_at"))).isEqualTo(T1);
        assertThat(instant(p.get("created_at"))).isEqualTo(T1);
        Map<String, Object> invoice = row("""
                select status, payment_method, payment_details ->> 'received' as received, aggregate_version
                from invoices where id = ?""", id);
        assertThat(invoice).containsEntry("status", "paid").containsEntry("payment_method", "tripay")
                .containsEntry("received", "166500.00").containsEntry("aggregate_version", 3L);
        assertThat(projection.handle(new FindPayments(id)).content()).extracting(PaymentView::transactionId)
                .containsExactly("trx-1", "trx-2");
    }

    @Test
    void anOverpaymentIsTheCustomersCreditAndARefundTakesItBack() {
        long customer = Ids.next();
        long id = issued(customer, Ids.next(), "INV-" + Ids.next());
        long payment = Ids.next();
        handle(() -> {
            projection.on(new PaymentRecorded(id, payment, PaymentChannel.MANUAL, null, Money.parse("200000.00"),
                    "cash", null, null, T1), T1, 1);
            projection.on(new OverpaymentCredited(id, customer, payment, Money.parse("33500.00")), T1, 2);
        });
        Map<String, Object> credit = row("""
                select customer_id, invoice_id, amount, created_at from customer_credits where payment_id = ?""",
                payment);
        assertThat(credit).containsEntry("customer_id", customer).containsEntry("invoice_id", id)
                .containsEntry("amount", new BigDecimal("33500.00"));

        handle(() -> {
            projection.on(new PaymentRefunded(id, payment, customer, null, Money.parse("200000.00"),
                    Money.parse("33500.00"), true, Map.of()), T2, 3);
            projection.on(new InvoiceReopened(id, InvoiceStatus.OVERDUE, 0, true), T2, 4);
        });
        assertThat(jdbc.queryForObject("select amount from customer_credits where payment_id = ?", BigDecimal.class,
                payment)).isEqualByComparingTo("0");
        Map<String, Object> refunded = row("select status, updated_at from payments where id = ?", payment);
        assertThat(refunded).containsEntry("status", "chargeback");
        assertThat(instant(refunded.get("updated_at"))).isEqualTo(T2);
        Map<String, Object> invoice = row("""
                select status, payment_details ->> 'refunded' as refunded, aggregate_version from invoices
                where id = ?""", id);
        assertThat(invoice).containsEntry("status", "overdue").containsEntry("refunded", "200000.00")
                .containsEntry("aggregate_version", 4L);
    }

    @Test
    void eventsThatChangeNoColumnStillMoveTheInvoicesVersion() {
        long id = issued(Ids.next(), Ids.next(), "INV-" + Ids.next());
        handle(() -> projection.on(new PaymentAttemptStarted(id, PaymentChannel.MIDTRANS, "order-1"), T1, 1));

        Map<String, Object> row = row("select status, aggregate_version, updated_at from invoices where id = ?", id);
        assertThat(row).containsEntry("status", "draft").containsEntry("aggregate_version", 1L);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T1);
    }

    @Test
    void erasureLeavesHisInvoicesNotesErasedAndEveryFigureNumberDateAndStatusAsItWas() {
        long customer = Ids.next();
        String number = "INV-" + Ids.next();
        long id = issued(customer, Ids.next(), number);
        long withoutNotes = Ids.next();
        handle(() -> {
            projection.on(new PaymentRecorded(id, Ids.next(), PaymentChannel.MANUAL, null, Money.parse("166500.00"),
                    "cash", null, null, T1), T1, 1);
            projection.on(new InvoicePaid(id, 0, 0, PaymentChannel.MANUAL, T1, null), T1, 2);
            projection.on(new InvoiceIssued(withoutNotes, "INV-" + withoutNotes, customer, Ids.next(), PERIOD_START,
                    LocalDate.of(2026, 12, 31), Money.parse("150000.00"), new BigDecimal("11"),
                    Money.parse("16500.00"), Money.parse("166500.00"), PERIOD_START, LocalDate.of(2026, 12, 10), null),
                    T1, 0);
        });
        long theirs = issued(Ids.next(), Ids.next(), "INV-" + Ids.next());

        handle(() -> projection.on(new CustomerErased(customer, "asked to be forgotten", List.of()), T2));

        Map<String, Object> row = row("""
                select invoice_number, amount, tax, total, due_date::text as due_date, status, payment_method,
                       payment_details ->> 'received' as received, notes, period_start::text as period_start,
                       created_at, updated_at, aggregate_version
                from invoices where id = ?""", id);
        assertThat(row).containsEntry("notes", Erased.TEXT).containsEntry("invoice_number", number)
                .containsEntry("amount", new BigDecimal("150000.00")).containsEntry("tax", new BigDecimal("16500.00"))
                .containsEntry("total", new BigDecimal("166500.00")).containsEntry("due_date", "2026-12-10")
                .containsEntry("status", "paid").containsEntry("payment_method", "manual")
                .containsEntry("received", "166500.00").containsEntry("period_start", "2026-12-01")
                .containsEntry("aggregate_version", 2L);
        assertThat(instant(row.get("created_at"))).isEqualTo(T0);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T2);
        assertThat(jdbc.queryForObject("select sum(amount) from payments where invoice_id = ?", BigDecimal.class, id))
                .isEqualByComparingTo("166500.00");
        assertThat(row("select notes, aggregate_version from invoices where id = ?", withoutNotes))
                .containsEntry("notes", null).containsEntry("aggregate_version", 0L);
        assertThat(row("select notes from invoices where id = ?", theirs)).containsEntry("notes", "December");
    }

    @Test
    void resetEmptiesInvoicesPaymentsAndCredits() {
        long customer = Ids.next();
        long id = issued(customer, Ids.next(), "INV-" + Ids.next());
        long payment = Ids.next();
        handle(() -> {
            projection.on(new PaymentRecorded(id, payment, PaymentChannel.MANUAL, null, Money.parse("200000.00"),
                    "cash", null, null, T1), T1, 1);
            projection.on(new OverpaymentCredited(id, customer, payment, Money.parse("33500.00")), T1, 2);
        });
        handle(projection::reset);

        assertThat(count("select 1 from invoices")).isZero();
        assertThat(count("select 1 from payments")).isZero();
        assertThat(count("select 1 from customer_credits")).isZero();
    }

    @Test
    void listIsFilteredByStatusCustomerAndSubscriptionInTheOrderAsked() {
        emptied("invoices");
        long customer = Ids.next();
        long subscription = Ids.next();
        long first = issued(customer, subscription, "INV-A");
        long second = issued(customer, Ids.next(), "INV-B");
        long other = issued(Ids.next(), Ids.next(), "INV-C");
        handle(() -> projection.on(new InvoiceSent(second), T1, 1));

        assertThat(ids(find(null, customer, null, "invoiceNumber", false))).containsExactly(second, first);
        assertThat(ids(find(InvoiceStatus.DRAFT, null, null, "invoiceNumber", true))).containsExactly(first, other);
        assertThat(ids(find(null, null, subscription, "invoiceNumber", true))).containsExactly(first);
        InvoiceView view = projection.handle(new FindInvoice(second)).orElseThrow();
        assertThat(view.status()).isEqualTo(InvoiceStatus.SENT);
        assertThat(view.total()).isEqualTo(Money.parse("166500.00"));
    }

    private long issued(long customer, long subscription, String number) {
        long id = Ids.next();
        handle(() -> projection.on(new InvoiceIssued(id, number, customer, subscription, PERIOD_START,
                LocalDate.of(2026, 12, 31), Money.parse("150000.00"), new BigDecimal("11"), Money.parse("16500.00"),
                Money.parse("166500.00"), PERIOD_START, LocalDate.of(2026, 12, 10), "December"), T0, 0));
        return id;
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from invoices where id = ?", String.class, id);
    }

    private InvoicePage find(InvoiceStatus status, Long customer, Long subscription, String sort, boolean ascending) {
        return projection.handle(new FindInvoices(status, customer, subscription, new PageSpec(0, 20, sort, ascending)));
    }

    private static List<Long> ids(InvoicePage page) {
        return page.content().stream().map(InvoiceView::id).toList();
    }
}
