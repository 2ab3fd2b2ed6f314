package io.netledger.api.user;

/** Answers a {@link UserView}, or nothing. */
public record FindUser(long userId) {
}
