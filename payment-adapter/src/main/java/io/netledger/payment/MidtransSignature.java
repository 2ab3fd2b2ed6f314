package io.netledger.payment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code signature_key} of a Midtrans HTTP notification:
 * {@code hex(SHA-512(order_id + status_code + gross_amount + SERVER_KEY))}.
 *
 * <p>The fields must be the strings exactly as received: {@code gross_amount} is "150000.00", and
 * reformatting it (to "150000" or through a BigDecimal) would change the digest. A final class rather
 * than a record so that {@code toString()} can never print the server key.
 */
public final class MidtransSignature {

    private static final HexFormat HEX = HexFormat.of();

    private final byte[] serverKey;

    public MidtransSignature(String serverKey) {
        if (serverKey == null || serverKey.isBlank()) {
            throw new IllegalArgumentException("Midtrans server key is missing");
        }
        this.serverKey = serverKey.getBytes(StandardCharsets.UTF_8);
    }

    /** The lower-case hex signature Midtrans would send with these fields. */
    public String sign(String orderId, String statusCode, String grossAmount) {
        requirePresent(orderId, "order_id");
        requirePresent(statusCode, "status_code");
        requirePresent(grossAmount, "gross_amount");
        return HEX.formatHex(digest(orderId, statusCode, grossAmount));
    }

    /**
     * Whether {@code signatureKey} was made with our server key over these fields. A missing field or
     * a signature that is not SHA-512 hex is refused, never treated as "nothing to check".
     */
    public boolean verify(String orderId, String statusCode, String grossAmount, String signatureKey) {
        if (isMissing(orderId) || isMissing(statusCode) || isMissing(grossAmount) || isMissing(signatureKey)) {
            return false;
        }
        byte[] received;
        try {
            received = HEX.parseHex(signatureKey);
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        // Constant time, so response timing does not leak how much of a forged signature was right.
        return MessageDigest.isEqual(digest(orderId, statusCode, grossAmount), received);
    }

    private byte[] digest(String orderId, String statusCode, String grossAmount) {
        MessageDigest sha512 = sha512();
        sha512.update((orderId + statusCode + grossAmount).getBytes(StandardCharsets.UTF_8));
        sha512.update(serverKey);
        return sha512.digest();
    }

    private static MessageDigest sha512() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-512", e);
        }
    }

    private static boolean isMissing(String field) {
        return field == null || field.isBlank();
    }

    private static void requirePresent(String field, String name) {
        if (isMissing(field)) {
            throw new IllegalArgumentException(name + " is missing");
        }
    }
}
