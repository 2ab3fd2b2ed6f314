package io.netledger.api.user;

import io.netledger.api.AuditAction;
import java.time.LocalDate;

/** The whole profile after the change, normalised: absent values are null, gender is lower case. */
@AuditAction("update")
public record UserProfileUpdated(
        long userId,
        String address,
        String city,
        String province,
        String postalCode,
        String country,
        LocalDate birthDate,
        String gender,
        String photo,
        String bio) {
}
