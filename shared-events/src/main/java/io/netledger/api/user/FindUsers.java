package io.netledger.api.user;

import io.netledger.api.PageSpec;

/** Answers a {@link UserPage}; null filters match everyone. */
public record FindUsers(Role role, Boolean active, PageSpec page) {
}
