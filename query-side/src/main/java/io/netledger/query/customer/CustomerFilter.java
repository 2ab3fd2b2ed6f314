package io.netledger.query.customer;

import io.netledger.api.PhoneNumber;
import io.netledger.api.customer.FindCustomers;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;

/** The list's filters as one query: status, city, the caller's own customer, and a search over name, code, email, phone. */
final class CustomerFilter {

    private CustomerFilter() {
    }

    static Specification<CustomerRow> of(FindCustomers query) {
        return (root, q, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (query.status() != null) {
                all.add(cb.equal(root.get("status"), query.status().value()));
            }
            if (query.city() != null && !query.city().isBlank()) {
                all.add(cb.equal(cb.lower(root.get("city")), query.city().strip().toLowerCase(Locale.ROOT)));
            }
            if (query.onlyCustomerId() != null) {
                all.add(cb.equal(root.get("id"), query.onlyCustomerId()));
            }
            if (query.search() != null && !query.search().isBlank()) {
                for (String word : query.search().strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                    String like = "%" + escaped(word) + "%";
                    List<Predicate> any = new ArrayList<>(List.of(
                            cb.like(cb.lower(root.get("name")), like, '\\'),
                            cb.like(cb.lower(root.get("customerCode")), like, '\\'),
                            cb.like(cb.lower(root.get("email")), like, '\\'),
                            cb.like(root.get("phone"), like, '\\')));
                    phone(word).ifPresent(e164 -> any.add(cb.like(root.get("phone"), "%" + escaped(e164) + "%", '\\')));
                    all.add(cb.or(any.toArray(Predicate[]::new)));
                }
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /** "0812-3456" finds "+6281234567890": phones are stored in E.164. */
    private static Optional<String> phone(String word) {
        if (!word.matches("^[+0-9][0-9\\-]{3,}$")) {
            return Optional.empty();
        }
        String digits = word.replace("-", "");
        if (digits.startsWith("0")) {
            return Optional.of("+62" + digits.substring(1));
        }
        try {
            return Optional.of(PhoneNumber.normalise(digits));
        } catch (IllegalArgumentException e) {
            return Optional.of(digits);
        }
    }

    private static String escaped(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
