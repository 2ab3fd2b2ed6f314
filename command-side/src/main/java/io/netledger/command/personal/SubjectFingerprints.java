package io.netledger.command.personal;

import io.netledger.api.personal.Fingerprints;
import io.netledger.api.personal.SubjectKind;
import java.util.Optional;

/** {@link Fingerprints} keyed with each subject's data key, so that an erasure takes the prints' key with it. */
public final class SubjectFingerprints implements Fingerprints {

    private final DataKeys keys;

    public SubjectFingerprints(DataKeys keys) {
        this.keys = keys;
    }

    @Override
    public Optional<String> of(SubjectKind kind, long subjectId, String value) {
        return keys.find(kind, subjectId).map(key -> key.fingerprint(value));
    }
}
