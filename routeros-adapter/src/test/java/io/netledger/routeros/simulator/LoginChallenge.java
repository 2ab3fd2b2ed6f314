package io.netledger.routeros.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The login before RouterOS 6.43: {@code /login} answers {@code =ret=} with 16 random bytes in
 * hex; the client proves the password with {@code =response=00} and the hex MD5 of a zero
 * byte, the password and those bytes.
 */
final class LoginChallenge {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] challenge;

    private LoginChallenge(byte[] challenge) {
        this.challenge = challenge;
    }

    static LoginChallenge issue() {
        byte[] challenge = new byte[16];
        RANDOM.nextBytes(challenge);
        return new LoginChallenge(challenge);
    }

    /** The {@code =ret=} value: 32 hex characters. */
    String ret() {
        return HEX.formatHex(challenge);
    }

    boolean accepts(String password, String response) {
        return response != null && MessageDigest.isEqual(
                response.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
                expected(password).getBytes(StandardCharsets.US_ASCII));
    }

    private String expected(String password) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update((byte) 0);
            md5.update(password.getBytes(StandardCharsets.UTF_8));
            md5.update(challenge);
            return "00" + HEX.formatHex(md5.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
