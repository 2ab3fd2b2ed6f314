package io.netledger.api.personal;

/**
 * Which personal data NetLedger holds about a customer, his logins included, and how it came to be: the right of
 * access and portability (UU 27/2022). Answers an optional {@link PersonalDataExport}, empty when no customer has
 * this id.
 */
public record FindPersonalData(long customerId) {
}
