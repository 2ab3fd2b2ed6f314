package io.netledger.api.user;

/** Answers the {@link LoginAccount} with this email (case-insensitive), or nothing. */
public record FindLoginAccount(String email) {
}
