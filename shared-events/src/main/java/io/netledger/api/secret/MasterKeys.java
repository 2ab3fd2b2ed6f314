package io.netledger.api.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 master keys: the current one seals, every one opens what it sealed. A key's
 * id is derived from the key itself, so operators rotate by configuring a new key and
 * keeping the old one as retired until everything has been re-sealed.
 */
public final class MasterKeys {

    static final int KEY_BYTES = 32;

    private final String currentId;
    private final Map<String, SecretKey> byId;

    private MasterKeys(String currentId, Map<String, SecretKey> byId) {
        this.currentId = currentId;
        this.byId = Collections.unmodifiableMap(byId);
    }

    /**
     * @param current the key that seals from now on
     * @param retired earlier keys, kept only to open what they sealed
     */
    public static MasterKeys of(byte[] current, List<byte[]> retired) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String currentId = add(keys, current);
        retired.forEach(key -> add(keys, key));
        return new MasterKeys(currentId, keys);
    }

    private static String add(Map<String, SecretKey> keys, byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a master key is exactly 32 bytes (AES-256)");
        }
        String id = idOf(key);
        keys.putIfAbsent(id, new SecretKeySpec(Arrays.copyOf(key, KEY_BYTES), "AES"));
        return id;
    }

    /** The first 8 hex digits of SHA-256("netledger-key-id" | key): names the key, reveals nothing of it. */
    static String idOf(byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("netledger-key-id".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(key), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    String currentId() {
        return currentId;
    }

    SecretKey current() {
        return byId.get(currentId);
    }

    SecretKey byId(String id) {
        SecretKey key = byId.get(id);
        if (key == null) {
            throw new SecretUnreadable("sealed with master key " + id + ", which is not configured");
        }
        return key;
    }
}
