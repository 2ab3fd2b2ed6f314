package io.netledger.query.invoice;

import io.netledger.api.invoice.FindAllPayments;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** The filters of the list of payments across invoices: gateway, status, and when the gateway says it was paid. */
final class PaymentFilter {

    private PaymentFilter() {
    }

    static Specification<PaymentRow> of(FindAllPayments query) {
        return (root, q, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (query.gateway() != null) {
                all.add(cb.equal(root.get("paymentGateway"), query.gateway().value()));
            }
            if (query.status() != null) {
                all.add(cb.equal(root.get("status"), query.status().value()));
            }
            if (query.paidFrom() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("paidAt"), query.paidFrom()));
            }
            if (query.paidBefore() != null) {
                all.add(cb.lessThan(root.get("paidAt"), query.paidBefore()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
