package io.netledger.query;

import io.netledger.api.personal.Fingerprints;
import io.netledger.api.personal.SubjectKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Prints as the app makes them, one key per subject (here derived from its name); an erased subject has none. */
public final class TestFingerprints implements Fingerprints {

    private final Set<String> erased = ConcurrentHashMap.newKeySet();

    public void erase(SubjectKind kind, long subjectId) {
        erased.add(kind + ":" + subjectId);
    }

    @Override
    public Optional<String> of(SubjectKind kind, long subjectId, String value) {
        String subject = kind + ":" + subjectId;
        if (erased.contains(subject)) {
            return Optional.empty();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(subject.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Optional.of("fp:" + Base64.getEncoder().encodeToString(mac.doFinal(
                    value.getBytes(StandardCharsets.UTF_8))));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
