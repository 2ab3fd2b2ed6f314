package io.netledger.query.invoice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRows extends JpaRepository<PaymentRow, Long> {

    List<PaymentRow> findByInvoiceIdOrderByCreatedAtAscIdAsc(long invoiceId);
}
