package io.netledger.api.secret;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals secrets with AES-256-GCM before they enter a command, an event or a row, and opens
 * them only where they are used (logging in to a router). A fresh 96-bit nonce per seal;
 * the 128-bit tag makes any change to the stored value detectable.
 */
public final class SecretCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final MasterKeys keys;
    private final SecureRandom random = new SecureRandom();

    public SecretCipher(MasterKeys keys) {
        this.keys = keys;
    }

    public Sealed seal(String plaintext) {
        if (plaintext == null || plaintext.isEmpty()) {
            throw new IllegalArgumentException("nothing to seal");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] clear = plaintext.getBytes(StandardCharsets.UTF_8);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keys.currentId().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(clear);
            byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return new Sealed(keys.currentId() + ":" + Base64.getEncoder().encodeToString(stored));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        } finally {
            Arrays.fill(clear, (byte) 0);
        }
    }

    /** The plaintext as characters, so the caller can wipe it once used. */
    public char[] open(Sealed sealed) {
        String keyId = sealed.keyId();
        byte[] stored;
        try {
            stored = Base64.getDecoder().decode(sealed.value().substring(keyId.length() + 1));
        } catch (IllegalArgumentException e) {
            throw new SecretUnreadable("sealed secret is not base64");
        }
        if (stored.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SecretUnreadable("sealed secret is too short");
        }
        byte[] clear = null;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keys.byId(keyId), new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            clear = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(clear));
            char[] plaintext = new char[chars.remaining()];
            chars.get(plaintext);
            Arrays.fill(chars.array(), '\0');
            return plaintext;
        } catch (AEADBadTagException e) {
            throw new SecretUnreadable("sealed secret was altered or sealed with another key");
        } catch (CharacterCodingException e) {
            throw new SecretUnreadable("sealed secret is not text");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        } finally {
            if (clear != null) {
                Arrays.fill(clear, (byte) 0);
            }
        }
    }

    /** Whether {@code sealed} was sealed with an older key and should be sealed again. */
    public boolean needsResealing(Sealed sealed) {
        return !sealed.keyId().equals(keys.currentId());
    }
}
