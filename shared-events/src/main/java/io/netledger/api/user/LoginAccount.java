package io.netledger.api.user;

/** What login needs to know of a user. Stays inside the process: never a response body. */
public record LoginAccount(long userId, String email, String passwordHash, Role role, boolean active, Long customerId) {
}
