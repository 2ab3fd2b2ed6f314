package io.netledger.api.customer;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** A row of {@code customers} as clients read it. */
public record CustomerView(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long id,
        String customerCode,
        String name,
        String email,
        String phone,
        String address,
        String city,
        String province,
        String postalCode,
        CustomerStatus status,
        LocalDate registrationDate,
        String notes,
        Map<String, Object> metadata,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonIgnore long aggregateVersion) {
}
