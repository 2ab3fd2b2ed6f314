package io.netledger.api.user;

import io.netledger.api.AuditAction;
import io.netledger.api.personal.DataSubject;
import io.netledger.api.personal.PersonalData;
import io.netledger.api.personal.SubjectKind;
import java.time.LocalDate;

/** The whole profile after the change, normalised: absent values are null, gender is lower case. */
@AuditAction("update")
@DataSubject(kind = SubjectKind.USER, idField = "userId")
public record UserProfileUpdated(
        long userId,
        @PersonalData String address,
        @PersonalData String city,
        @PersonalData String province,
        @PersonalData String postalCode,
        @PersonalData String country,
        @PersonalData LocalDate birthDate,
        @PersonalData String gender,
        @PersonalData String photo,
        @PersonalData String bio) {
}
