package io.netledger.api.customer;

import io.netledger.api.AuditAction;
import java.util.List;

/** The customer's personal data is erased; {@code userIds} are his portal logins, erased with him. */
@AuditAction("erase")
public record CustomerErased(long customerId, String reason, List<Long> userIds) {

    public CustomerErased {
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
    }
}
