package io.netledger.api.customer;

import io.netledger.api.AuditAction;
import java.util.Map;

@AuditAction("update")
public record CustomerDetailsChanged(
        long customerId,
        String name,
        String email,
        String phone,
        String address,
        String city,
        String province,
        String postalCode,
        String notes,
        Map<String, Object> metadata) {

    public static CustomerDetailsChanged of(long customerId, CustomerDetails d) {
        return new CustomerDetailsChanged(customerId, d.name(), d.email(), d.phone(), d.address(), d.city(),
                d.province(), d.postalCode(), d.notes(), d.metadata());
    }

    public CustomerDetails details() {
        return new CustomerDetails(name, email, phone, address, city, province, postalCode, notes, metadata);
    }
}
