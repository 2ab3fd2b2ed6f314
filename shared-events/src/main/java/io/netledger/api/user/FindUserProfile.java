package io.netledger.api.user;

/** Answers the {@link UserProfileView} of an existing user (empty when none was filled in yet), or nothing. */
public record FindUserProfile(long userId) {
}
