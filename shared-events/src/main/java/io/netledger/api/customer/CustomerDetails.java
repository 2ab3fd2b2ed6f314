package io.netledger.api.customer;

import java.util.Map;

/**
 * Who a customer is and how to reach them: every column of {@code customers} that staff
 * set. Blank text counts as absent; email and phone are normalised by the aggregate.
 */
public record CustomerDetails(
        String name,
        String email,
        String phone,
        String address,
        String city,
        String province,
        String postalCode,
        String notes,
        Map<String, Object> metadata) {

    public CustomerDetails {
        name = text(name);
        email = text(email);
        phone = text(phone);
        address = text(address);
        city = text(city);
        province = text(province);
        postalCode = text(postalCode);
        notes = text(notes);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public CustomerDetails withContact(String normalisedEmail, String normalisedPhone) {
        return new CustomerDetails(name, normalisedEmail, normalisedPhone, address, city, province, postalCode, notes,
                metadata);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
