package io.netledger.query.invoice;

import io.netledger.api.Money;
import io.netledger.api.invoice.InvoiceIssued;
import io.netledger.api.invoice.InvoiceStatus;
import io.netledger.api.invoice.InvoiceView;
import io.netledger.api.invoice.PaymentChannel;
import io.netledger.api.personal.Erased;
import io.netledger.query.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code invoices}; {@code payment_details} sums up the payments recorded on it. */
@Entity
@Table(name = "invoices")
class InvoiceRow extends ProjectedRow {

    @Id
    private long id;
    private long customerId;
    private Long subscriptionId;
    private String invoiceNumber;
    private BigDecimal amount;
    private BigDecimal tax;
    private BigDecimal total;
    private LocalDate dueDate;
    private String status;
    private String paymentMethod;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> paymentDetails;
    private String notes;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private Instant createdAt;
    private Instant updatedAt;
    private long aggregateVersion;

    protected InvoiceRow() {
    }

    InvoiceRow(InvoiceIssued issued, Instant at) {
        id = issued.invoiceId();
        customerId = issued.customerId();
        subscriptionId = issued.subscriptionId();
        invoiceNumber = issued.invoiceNumber();
        amount = issued.amount().amount();
        tax = issued.tax().amount();
        total = issued.total().amount();
        dueDate = issued.dueDate();
        status = InvoiceStatus.DRAFT.value();
        notes = issued.notes();
        periodStart = issued.periodStart();
        periodEnd = issued.periodEnd();
        paymentDetails = new HashMap<>(Map.of("taxRate", issued.taxRate().toPlainString(), "issueDate",
                issued.issueDate().toString()));
        createdAt = at;
        markCreated();
    }

    @Override
    public Long getId() {
        return id;
    }

    long customerId() {
        return customerId;
    }

    void setStatus(InvoiceStatus newStatus) {
        status = newStatus.value();
    }

    /** The last channel that paid, and what has been received and refunded so far. */
    void paymentRecorded(PaymentChannel channel, Money received) {
        paymentMethod = channel.value();
        Map<String, Object> details = new HashMap<>(paymentDetails == null ? Map.of() : paymentDetails);
        details.merge("received", received.toString(), (old, add) -> Money.parse((String) old).plus(received)
                .toString());
        paymentDetails = details;
    }

    void refunded(Money amount) {
        Map<String, Object> details = new HashMap<>(paymentDetails == null ? Map.of() : paymentDetails);
        details.merge("refunded", amount.toString(), (old, add) -> Money.parse((String) old).plus(amount).toString());
        paymentDetails = details;
    }

    void cancelled(String reason) {
        Map<String, Object> details = new HashMap<>(paymentDetails == null ? Map.of() : paymentDetails);
        details.put("cancellationReason", reason);
        paymentDetails = details;
        setStatus(InvoiceStatus.CANCELLED);
    }

    /**
     * As a replay reads the invoice once its customer's key is destroyed: only the notes are his. The event is
     * the customer's, so the invoice keeps its version, the ETag its commands are checked against.
     */
    void erase(Instant at) {
        notes = Erased.text(notes);
        updatedAt = at;
    }

    @Override
    protected void touched(Instant at, long version) {
        updatedAt = at;
        aggregateVersion = version;
    }

    InvoiceView view() {
        return new InvoiceView(id, customerId, subscriptionId == null ? 0 : subscriptionId, invoiceNumber,
                periodStart, periodEnd, new Money(amount), new Money(tax), new Money(total), dueDate,
                InvoiceStatus.fromValue(status), paymentMethod == null ? null : PaymentChannel.fromValue(paymentMethod),
                paymentDetails == null ? Map.of() : paymentDetails, notes, createdAt.atOffset(ZoneOffset.UTC),
                updatedAt.atOffset(ZoneOffset.UTC), aggregateVersion);
    }
}
