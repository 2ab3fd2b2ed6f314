package io.netledger.api.user;

import io.netledger.api.AuditAction;
import java.time.LocalDate;

@AuditAction("update_profile")
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

    public static UserProfileUpdated of(long userId, UserProfile p) {
        return new UserProfileUpdated(userId, p.address(), p.city(), p.province(), p.postalCode(), p.country(),
                p.birthDate(), p.gender(), p.photo(), p.bio());
    }

    public UserProfile profile() {
        return new UserProfile(address, city, province, postalCode, country, birthDate, gender, photo, bio);
    }
}
