package io.netledger.api.invoice;

import io.netledger.api.AuditAction;
import io.netledger.api.Money;
import io.netledger.api.personal.DataSubject;
import io.netledger.api.personal.PersonalData;
import io.netledger.api.personal.SubjectKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code taxRate} in percent, as the setting held it on {@code issueDate}. */
@AuditAction("create")
@DataSubject(kind = SubjectKind.CUSTOMER, idField = "customerId")
public record InvoiceIssued(
        long invoiceId,
        String invoiceNumber,
        long customerId,
        long subscriptionId,
        LocalDate periodStart,
        LocalDate periodEnd,
        Money amount,
        BigDecimal taxRate,
        Money tax,
        Money total,
        LocalDate issueDate,
        LocalDate dueDate,
        @PersonalData String notes) {
}
