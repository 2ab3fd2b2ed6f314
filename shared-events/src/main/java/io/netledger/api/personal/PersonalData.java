package io.netledger.api.personal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component of an event that tells about a person (name, contact, address, birth date, notes, a MAC
 * address): stored in the event store sealed with its subject's data key, read back in clear while the
 * key exists and as {@link Erased} once it is destroyed. The event's type names its subject with
 * {@link DataSubject}. Amounts, dates of business, statuses and numbers are never personal data here:
 * the books must still add up after an erasure.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface PersonalData {
}
