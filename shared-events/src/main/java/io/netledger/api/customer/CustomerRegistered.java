package io.netledger.api.customer;

import io.netledger.api.AuditAction;
import io.netledger.api.personal.DataSubject;
import io.netledger.api.personal.PersonalData;
import io.netledger.api.personal.SubjectKind;
import java.time.LocalDate;
import java.util.Map;

@AuditAction("create")
@DataSubject(kind = SubjectKind.CUSTOMER, idField = "customerId")
public record CustomerRegistered(
        long customerId,
        String customerCode,
        @PersonalData String name,
        @PersonalData String email,
        @PersonalData String phone,
        @PersonalData String address,
        @PersonalData String city,
        @PersonalData String province,
        @PersonalData String postalCode,
        @PersonalData String notes,
        @PersonalData Map<String, Object> metadata,
        LocalDate registrationDate) {

    public static CustomerRegistered of(long customerId, String customerCode, CustomerDetails d, LocalDate registered) {
        return new CustomerRegistered(customerId, customerCode, d.name(), d.email(), d.phone(), d.address(), d.city(),
                d.province(), d.postalCode(), d.notes(), d.metadata(), registered);
    }

    public CustomerDetails details() {
        return new CustomerDetails(name, email, phone, address, city, province, postalCode, notes, metadata);
    }
}
