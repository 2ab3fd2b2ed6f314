package io.netledger.api.user;

/** Answers the {@link LoginAccount} of this user, or nothing. */
public record FindLoginAccountById(long userId) {
}
