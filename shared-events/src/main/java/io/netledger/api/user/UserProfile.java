package io.netledger.api.user;

import java.time.LocalDate;

/** What a person tells about themselves beyond name and email: a row of {@code profiles}. Blank is absent. */
public record UserProfile(
        String address,
        String city,
        String province,
        String postalCode,
        String country,
        LocalDate birthDate,
        String gender,
        String photo,
        String bio) {

    public static final UserProfile EMPTY = new UserProfile(null, null, null, null, null, null, null, null, null);

    public UserProfile {
        address = text(address);
        city = text(city);
        province = text(province);
        postalCode = text(postalCode);
        country = text(country);
        gender = text(gender);
        photo = text(photo);
        bio = text(bio);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
