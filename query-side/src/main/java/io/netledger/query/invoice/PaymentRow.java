package io.netledger.query.invoice;

import io.netledger.api.Money;
import io.netledger.api.invoice.PaymentChannel;
import io.netledger.api.invoice.PaymentRecorded;
import io.netledger.api.invoice.PaymentStatus;
import io.netledger.api.invoice.PaymentView;
import io.netledger.query.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code payments}. */
@Entity
@Table(name = "payments")
class PaymentRow extends ProjectedRow {

    @Id
    private long id;
    private long invoiceId;
    private String transactionId;
    private String paymentGateway;
    private BigDecimal amount;
    private String status;
    private String paymentMethod;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> gatewayResponse;
    private String referenceNumber;
    private Instant paidAt;
    private Instant createdAt;
    private Instant updatedAt;

    protected PaymentRow() {
    }

    PaymentRow(PaymentRecorded recorded, Instant at) {
        id = recorded.paymentId();
        invoiceId = recorded.invoiceId();
        transactionId = recorded.transactionId();
        paymentGateway = recorded.channel().value();
        amount = recorded.amount().amount();
        status = PaymentStatus.PAID.value();
        paymentMethod = recorded.method();
        gatewayResponse = recorded.gatewayResponse() == null || recorded.gatewayResponse().isEmpty() ? null
                : recorded.gatewayResponse();
        referenceNumber = recorded.referenceNumber();
        paidAt = recorded.paidAt();
        createdAt = at;
        updatedAt = at;
        markCreated();
    }

    @Override
    public Long getId() {
        return id;
    }

    /** A chargeback is forced by the bank, a refund given: auditors tell them apart. */
    void refunded(boolean chargeback) {
        status = (chargeback ? PaymentStatus.CHARGEBACK : PaymentStatus.REFUNDED).value();
    }

    /** Payments are rows of their invoice's aggregate: the invoice's version is not theirs to keep. */
    @Override
    protected void touched(Instant at, long version) {
        updatedAt = at;
    }

    PaymentView view() {
        return new PaymentView(id, invoiceId, transactionId, PaymentChannel.fromValue(paymentGateway),
                new Money(amount), status, paymentMethod, gatewayResponse == null ? Map.of() : gatewayResponse,
                referenceNumber, at(paidAt), at(createdAt), at(updatedAt));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
