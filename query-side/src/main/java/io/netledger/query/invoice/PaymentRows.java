package io.netledger.query.invoice;

import java.util.List;
import io.netledger.query.ProjectedRows;

interface PaymentRows extends ProjectedRows<PaymentRow> {

    List<PaymentRow> findByInvoiceIdOrderByCreatedAtAscIdAsc(long invoiceId);
}
