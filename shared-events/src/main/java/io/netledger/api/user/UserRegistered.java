package io.netledger.api.user;

import io.netledger.api.AuditAction;
import io.netledger.api.personal.DataSubject;
import io.netledger.api.personal.PersonalData;
import io.netledger.api.personal.SubjectKind;

/** {@code customerId} is the customer a CUSTOMER login belongs to; null for staff and administrators. */
@AuditAction("create")
@DataSubject(kind = SubjectKind.USER, idField = "userId")
public record UserRegistered(long userId, @PersonalData String name, @PersonalData String email, String passwordHash,
        Role role, Long customerId) {
}
