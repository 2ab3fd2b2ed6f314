package io.netledger.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Names the password a token was issued under, so that a password change revokes the
 * tokens issued before it. A digest of the bcrypt hash, not the hash: a token's claims
 * are readable by whoever holds it, and without the salt nothing can be guessed from it.
 */
final class PasswordStamp {

    static final String CLAIM = "pwdStamp";

    private PasswordStamp() {
    }

    static String of(String passwordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
