package io.netledger.api.user;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A row of {@code profiles} as clients read it; the profile's id is its user's id. A user
 * who never filled one in has an empty profile: null fields, no timestamps, version 0.
 * {@code aggregateVersion} is the user's version at the last profile change.
 */
public record UserProfileView(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long id,
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
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonIgnore long aggregateVersion) {

    public static UserProfileView empty(long userId) {
        return new UserProfileView(userId, userId, null, null, null, null, null, null, null, null, null, null, null,
                0);
    }
}
