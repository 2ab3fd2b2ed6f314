package io.netledger.query.invoice;

import io.netledger.query.ProjectedRows;
import java.util.List;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PaymentRows extends ProjectedRows<PaymentRow>, JpaSpecificationExecutor<PaymentRow> {

    List<PaymentRow> findByInvoiceIdOrderByCreatedAtAscIdAsc(long invoiceId);
}
