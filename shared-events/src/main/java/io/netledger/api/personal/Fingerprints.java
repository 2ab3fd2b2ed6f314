package io.netledger.api.personal;

import java.util.Optional;

/**
 * A keyed digest of a personal value, keyed with its subject's own data key: two equal values of one
 * subject give the same print, so a change can be told without keeping the value, and once the subject
 * is erased no one can test a guess against a print any more. Empty when the subject has no key.
 */
public interface Fingerprints {

    Optional<String> of(SubjectKind kind, long subjectId, String value);
}
