package io.netledger.command.user;

import io.netledger.api.user.UpdateUserProfile;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Body of PUT .../profile: the whole profile; an absent field is cleared. */
record ProfileRequest(
        @Size(max = 500) String address,
        @Size(max = 100) String city,
        @Size(max = 100) String province,
        @Size(max = 16) String postalCode,
        @Size(max = 100) String country,
        LocalDate birthDate,
        @Size(max = 16) String gender,
        @Size(max = 1000) String photo,
        @Size(max = Profile.MAX_BIO) String bio) {

    UpdateUserProfile command(long userId, Long expectedVersion) {
        return new UpdateUserProfile(userId, expectedVersion, address, city, province, postalCode, country, birthDate,
                gender, photo, bio);
    }
}
