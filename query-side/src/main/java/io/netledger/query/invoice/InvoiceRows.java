package io.netledger.query.invoice;

import io.netledger.query.ProjectedRows;
import java.util.List;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InvoiceRows extends ProjectedRows<InvoiceRow>, JpaSpecificationExecutor<InvoiceRow> {

    List<InvoiceRow> findByCustomerId(long customerId);
}
