package io.netledger.api.user;

/**
 * What login needs to know of a user. Stays inside the process: never a response body.
 * {@code lastDeactivation}: the account's version at its last deactivation (null if never),
 * which ends the tokens issued before it even once the account is active again.
 */
public record LoginAccount(long userId, String email, String passwordHash, Role role, boolean active, Long customerId,
                           Long lastDeactivation) {
}
