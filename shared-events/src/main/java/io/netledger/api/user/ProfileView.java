package io.netledger.api.user;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;

/** A row of {@code profiles} as clients read it; its ETag is the user's version. */
public record ProfileView(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long userId,
        String address,
        String city,
        String province,
        String postalCode,
        String country,
        LocalDate birthDate,
        String gender,
        String photo,
        String bio,
        @JsonIgnore long aggregateVersion) {
}
