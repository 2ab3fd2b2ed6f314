package io.netledger.api.user;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Replaces a user's profile (the design document's {@code profiles} row). Blank text counts
 * as absent. {@code expectedVersion} is the version a client read the profile at: only a
 * profile change since then is a conflict, not a login or a role change.
 */
public record UpdateUserProfile(
        @TargetAggregateIdentifier long userId,
        @TargetAggregateVersion Long expectedVersion,
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
