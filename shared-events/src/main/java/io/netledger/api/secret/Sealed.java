package io.netledger.api.secret;

import java.util.Objects;

/**
 * A secret (router password, PPPoE password, API key) as it may be stored, sent in a
 * command or event, or written to a row: {@code <keyId>:<base64(nonce | ciphertext | tag)>}.
 * The key id says which master key opens it, so keys can rotate.
 */
public record Sealed(String value) {

    public Sealed {
        Objects.requireNonNull(value, "value");
        int colon = value.indexOf(':');
        if (colon < 1 || colon == value.length() - 1) {
            throw new IllegalArgumentException("not a sealed secret");
        }
    }

    public String keyId() {
        return value.substring(0, value.indexOf(':'));
    }

    /** Never the ciphertext: logs and exception messages stay free of secret material. */
    @Override
    public String toString() {
        return "Sealed[" + keyId() + "]";
    }
}
