package io.netledger.api.user;

/** Answers an optional {@link ProfileView}: empty for an unknown user, empty fields for one who told nothing yet. */
public record FindUserProfile(long userId) {
}
