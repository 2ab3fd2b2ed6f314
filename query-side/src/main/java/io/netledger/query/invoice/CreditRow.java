package io.netledger.query.invoice;

import io.netledger.api.Money;
import io.netledger.query.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code customer_credits}: what one payment brought beyond its invoice. */
@Entity
@Table(name = "customer_credits")
class CreditRow extends ProjectedRow {

    @Id
    private long paymentId;
    private long customerId;
    private long invoiceId;
    private BigDecimal amount;
    private Instant createdAt;
    private Instant updatedAt;

    protected CreditRow() {
    }

    CreditRow(long paymentId, long customerId, long invoiceId, Money amount, Instant at) {
        this.paymentId = paymentId;
        this.customerId = customerId;
        this.invoiceId = invoiceId;
        this.amount = amount.amount();
        this.createdAt = at;
        this.updatedAt = at;
        markCreated();
    }

    @Override
    public Long getId() {
        return paymentId;
    }

    void reduce(Money by) {
        amount = amount.subtract(by.amount());
    }

    @Override
    protected void touched(Instant at, long version) {
        updatedAt = at;
    }
}
