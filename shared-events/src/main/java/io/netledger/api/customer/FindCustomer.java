package io.netledger.api.customer;

/** Answers an optional {@link CustomerView}. */
public record FindCustomer(long customerId) {
}
