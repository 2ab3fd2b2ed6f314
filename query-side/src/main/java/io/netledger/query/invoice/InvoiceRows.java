package io.netledger.query.invoice;

import io.netledger.query.ProjectedRows;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InvoiceRows extends ProjectedRows<InvoiceRow>, JpaSpecificationExecutor<InvoiceRow> {
}
