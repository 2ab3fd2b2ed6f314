package io.netledger.query.invoice;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InvoiceRows extends JpaRepository<InvoiceRow, Long>, JpaSpecificationExecutor<InvoiceRow> {
}
