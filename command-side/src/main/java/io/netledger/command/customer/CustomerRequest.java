package io.netledger.command.customer;

import io.netledger.api.CustomerCode;
import io.netledger.api.customer.CustomerDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;

/**
 * Body of POST (a new customer) and PUT (its details). {@code customerCode} and
 * {@code registrationDate} are read on POST only: the code is generated when absent, the
 * date is today when absent.
 */
record CustomerRequest(
        @Size(max = CustomerCode.MAX_LENGTH) String customerCode,
        @NotBlank @Size(max = 255) String name,
        @Size(max = 255) String email,
        @Size(max = 32) String phone,
        @Size(max = 500) String address,
        @Size(max = 100) String city,
        @Size(max = 100) String province,
        @Size(max = 16) String postalCode,
        @Size(max = CustomerCreation.MAX_NOTES) String notes,
        Map<String, Object> metadata,
        LocalDate registrationDate) {

    CustomerDetails details() {
        return new CustomerDetails(name, email, phone, address, city, province, postalCode, notes, metadata);
    }

    static final int MAX_REASON = 500;

    record Reason(@NotBlank @Size(max = MAX_REASON) String reason) {
    }
}
