package io.netledger.command.personal;

import io.netledger.api.secret.SecretUnreadable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One data subject's AES-256 key: seals a personal field's JSON text with AES-GCM (a fresh 96-bit nonce
 * each time), bound to the subject by the associated data, so that a value copied into another subject's
 * event does not open there. A sealed field is a string that begins with {@link #MARK}: a control
 * character no accepted input may hold (the command side refuses them), so a field in clear and a
 * sealed one can never be confused, and sealing twice is a no-op.
 */
final class DataKey {

    static final String MARK = "\u0001pd1:";
    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    // Cipher.getInstance looks the provider up each time, and a new cipher expands its key again: a replay opens
    // nine fields an event, of one subject, so a thread keeps its two ciphers and re-keys them only when the key
    // changes (AES/GCM accepts a new nonce on every init).
    private static final ThreadLocal<Cipher> SEALING = ThreadLocal.withInitial(DataKey::gcm);
    private static final ThreadLocal<Cipher> OPENING = ThreadLocal.withInitial(DataKey::gcm);

    private final SecretKey key;
    private final SecretKey printKey;
    private final byte[] subject;

    private DataKey(byte[] key, String subject) {
        this.key = new SecretKeySpec(key, "AES");
        // A key of its own for prints, derived from the data key: one key, one purpose.
        this.printKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "netledger-fingerprint"),
                "HmacSHA256");
        this.subject = subject.getBytes(StandardCharsets.US_ASCII);
    }

    static DataKey of(byte[] key, String subject) {
        if (key.length != KEY_BYTES) {
            throw new SecretUnreadable("a data key is 32 bytes, this one " + key.length);
        }
        return new DataKey(key, subject);
    }

    static byte[] fresh() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    static boolean isSealed(String value) {
        return value != null && value.startsWith(MARK);
    }

    String seal(String json) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = SEALING.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(subject);
            byte[] sealed = cipher.doFinal(json.getBytes(StandardCharsets.UTF_8));
            return MARK + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    private static Cipher gcm() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** A keyed digest of {@code value}: equal values of this subject print alike, and nothing else can be read. */
    String fingerprint(String value) {
        return "fp:" + Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(printKey, value));
    }

    private static byte[] hmac(SecretKey key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    String open(String sealed) {
        byte[] stored;
        try {
            stored = Base64.getDecoder().decode(sealed.substring(MARK.length()));
        } catch (IllegalArgumentException e) {
            throw new SecretUnreadable("a sealed personal field is not base64");
        }
        if (stored.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SecretUnreadable("a sealed personal field is too short");
        }
        try {
            Cipher cipher = OPENING.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(subject);
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES),
                    StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SecretUnreadable("a sealed personal field was altered, or belongs to another subject");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }
}
