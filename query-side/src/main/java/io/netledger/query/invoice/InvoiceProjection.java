package io.netledger.query.invoice;

import io.netledger.api.customer.CustomerErased;
import io.netledger.api.invoice.FindAllPayments;
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
import io.netledger.api.invoice.PaymentAttemptFailed;
import io.netledger.api.invoice.PaymentAttemptStarted;
import io.netledger.api.invoice.PaymentList;
import io.netledger.api.invoice.PaymentPage;
import io.netledger.api.invoice.PaymentRecorded;
import io.netledger.api.invoice.PaymentRefunded;
import io.netledger.api.invoice.RefundAheadOfPayment;
import io.netledger.query.Pages;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** Owns {@code invoices}, {@code payments} and {@code customer_credits}: all of them events of invoices. */
@Component
@ProcessingGroup("invoices")
class InvoiceProjection {

    private final InvoiceRows invoices;
    private final PaymentRows payments;
    private final CreditRows credits;

    InvoiceProjection(InvoiceRows invoices, PaymentRows payments, CreditRows credits) {
        this.invoices = invoices;
        this.payments = payments;
        this.credits = credits;
    }

    @EventHandler
    void on(InvoiceIssued event, @Timestamp Instant at, @SequenceNumber long version) {
        InvoiceRow row = new InvoiceRow(event, at);
        row.touched(at, version);
        invoices.save(row);
    }

    @EventHandler
    void on(InvoiceSent event, @Timestamp Instant at, @SequenceNumber long version) {
        invoices.update(event.invoiceId(), at, version, row -> row.setStatus(InvoiceStatus.SENT));
    }

    @EventHandler
    void on(InvoiceCancelled event, @Timestamp Instant at, @SequenceNumber long version) {
        invoices.update(event.invoiceId(), at, version, row -> row.cancelled(event.reason()));
    }

    @EventHandler
    void on(PaymentRecorded event, @Timestamp Instant at, @SequenceNumber long version) {
        payments.save(new PaymentRow(event, at));
        invoices.update(event.invoiceId(), at, version, row -> row.paymentRecorded(event.channel(), event.amount()));
    }

    @EventHandler
    void on(InvoicePaid event, @Timestamp Instant at, @SequenceNumber long version) {
        invoices.update(event.invoiceId(), at, version, row -> row.setStatus(InvoiceStatus.PAID));
    }

    @EventHandler
    void on(OverpaymentCredited event, @Timestamp Instant at, @SequenceNumber long version) {
        credits.save(new CreditRow(event.paymentId(), event.customerId(), event.invoiceId(), event.amount(), at));
        invoices.update(event.invoiceId(), at, version, row -> { });
    }

    @EventHandler
    void on(PaymentAttemptStarted event, @Timestamp Instant at, @SequenceNumber long version) {
        invoices.update(event.invoiceId(), at, version, row -> { });
    }

    @EventHandler
    void on(PaymentAttemptFailed event, @Timestamp Instant at, @SequenceNumber long version) {
        invoices.update(event.invoiceId(), at, version, row -> { });
    }

    @EventHandler
    void on(RefundAheadOfPayment event, @Timestamp Instant at, @SequenceNumber long version) {
        invoices.update(event.invoiceId(), at, version, row -> { });
    }

    @EventHandler
    void on(PaymentRefunded event, @Timestamp Instant at, @SequenceNumber long version) {
        payments.update(event.paymentId(), at, version, payment -> payment.refunded(event.chargeback()));
        if (event.fromCredit().isPositive()) {
            credits.update(event.paymentId(), at, version, credit -> credit.reduce(event.fromCredit()));
        }
        invoices.update(event.invoiceId(), at, version, row -> row.refunded(event.amount()));
    }

    @EventHandler
    void on(InvoiceReopened event, @Timestamp Instant at, @SequenceNumber long version) {
        invoices.update(event.invoiceId(), at, version, row -> row.setStatus(event.status()));
    }

    @EventHandler
    void on(InvoiceOverdue event, @Timestamp Instant at, @SequenceNumber long version) {
        invoices.update(event.invoiceId(), at, version, row -> row.setStatus(InvoiceStatus.OVERDUE));
    }

    @EventHandler
    void on(CustomerErased event, @Timestamp Instant at) {
        for (InvoiceRow row : invoices.findByCustomerId(event.customerId())) {
            row.erase(at);
            invoices.save(row);
        }
    }

    @ResetHandler
    void reset() {
        credits.deleteAllInBatch();
        payments.deleteAllInBatch();
        invoices.deleteAllInBatch();
    }

    @QueryHandler
    Optional<InvoiceView> handle(FindInvoice query) {
        return invoices.findById(query.invoiceId()).map(InvoiceRow::view);
    }

    @QueryHandler
    InvoicePage handle(FindInvoices query) {
        Page<InvoiceRow> page = invoices.findAll(filter(query), Pages.pageable(query.page()));
        return new InvoicePage(page.map(InvoiceRow::view).getContent(), Pages.metadata(page));
    }

    @QueryHandler
    PaymentList handle(FindPayments query) {
        return new PaymentList(payments.findByInvoiceIdOrderByCreatedAtAscIdAsc(query.invoiceId()).stream()
                .map(PaymentRow::view).toList());
    }

    @QueryHandler
    PaymentPage handle(FindAllPayments query) {
        Page<PaymentRow> page = payments.findAll(PaymentFilter.of(query), Pages.pageable(query.page()));
        return new PaymentPage(page.map(PaymentRow::view).getContent(), Pages.metadata(page));
    }

    private static Specification<InvoiceRow> filter(FindInvoices query) {
        return (root, q, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (query.status() != null) {
                all.add(cb.equal(root.get("status"), query.status().value()));
            }
            if (query.customerId() != null) {
                all.add(cb.equal(root.get("customerId"), query.customerId()));
            }
            if (query.subscriptionId() != null) {
                all.add(cb.equal(root.get("subscriptionId"), query.subscriptionId()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
