package io.netledger.api.customer;

import io.netledger.api.AuditAction;
import java.time.LocalDate;
import java.util.Map;

@AuditAction("create")
public record CustomerRegistered(
        long customerId,
        String customerCode,
        String name,
        String email,
        String phone,
        String address,
        String city,
        String province,
        String postalCode,
        String notes,
        Map<String, Object> metadata,
        LocalDate registrationDate) {

    public static CustomerRegistered of(long customerId, String customerCode, CustomerDetails d, LocalDate registered) {
        return new CustomerRegistered(customerId, customerCode, d.name(), d.email(), d.phone(), d.address(), d.city(),
                d.province(), d.postalCode(), d.notes(), d.metadata(), registered);
    }

    public CustomerDetails details() {
        return new CustomerDetails(name, email, phone, address, city, province, postalCode, notes, metadata);
    }
}
