package io.netledger.api.customer;

import io.netledger.api.PageSpec;

/**
 * Answers a {@link CustomerPage}. Null filters match everything; {@code search} looks for
 * its words in the name, code, email and phone; {@code onlyCustomerId} narrows the list to
 * one customer (what a CUSTOMER login may see).
 */
public record FindCustomers(CustomerStatus status, String city, String search, Long onlyCustomerId, PageSpec page) {
}
