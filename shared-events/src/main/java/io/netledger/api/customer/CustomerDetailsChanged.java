package io.netledger.api.customer;

import io.netledger.api.AuditAction;
import io.netledger.api.personal.DataSubject;
import io.netledger.api.personal.PersonalData;
import io.netledger.api.personal.SubjectKind;
import java.util.Map;

@AuditAction("update")
@DataSubject(kind = SubjectKind.CUSTOMER, idField = "customerId")
public record CustomerDetailsChanged(
        long customerId,
        @PersonalData String name,
        @PersonalData String email,
        @PersonalData String phone,
        @PersonalData String address,
        @PersonalData String city,
        @PersonalData String province,
        @PersonalData String postalCode,
        @PersonalData String notes,
        @PersonalData Map<String, Object> metadata) {

    public static CustomerDetailsChanged of(long customerId, CustomerDetails d) {
        return new CustomerDetailsChanged(customerId, d.name(), d.email(), d.phone(), d.address(), d.city(),
                d.province(), d.postalCode(), d.notes(), d.metadata());
    }

    public CustomerDetails details() {
        return new CustomerDetails(name, email, phone, address, city, province, postalCode, notes, metadata);
    }
}
