package io.netledger.payment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tripay's two HMAC-SHA256 signatures, both keyed with the merchant's private key: the
 * {@code X-Callback-Signature} over the raw callback body, and the {@code signature} of a create-transaction
 * request over {@code merchant_code + merchant_ref + amount}.
 *
 * <p>The callback is checked over {@code byte[]}, not a String: the bytes must be exactly those received,
 * before any parsing or charset decoding that could alter them. A final class rather than a record so that
 * {@code toString()} can never print the private key.
 */
public final class TripaySignature {

    private static final String HMAC_SHA256 = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec privateKey;

    public TripaySignature(String privateKey) {
        if (privateKey == null || privateKey.isBlank()) {
            throw new IllegalArgumentException("Tripay private key is missing");
        }
        this.privateKey = new SecretKeySpec(privateKey.getBytes(StandardCharsets.UTF_8), HMAC_SHA256);
    }

    /** The lower-case hex {@code X-Callback-Signature} Tripay would send with this body. */
    public String callbackSignature(byte[] rawBody) {
        if (rawBody == null) {
            throw new IllegalArgumentException("callback body is missing");
        }
        return HEX.formatHex(hmac(rawBody));
    }

    /**
     * Whether {@code signatureHeader} was made with our private key over exactly these bytes. A missing body
     * or header, or a header that is not hex, is refused.
     */
    public boolean verifyCallback(byte[] rawBody, String signatureHeader) {
        if (rawBody == null || signatureHeader == null || signatureHeader.isEmpty()) {
            return false;
        }
        byte[] received;
        try {
            received = HEX.parseHex(signatureHeader);
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        // Constant time, so response timing does not leak how much of a forged signature was right.
        return MessageDigest.isEqual(hmac(rawBody), received);
    }

    /**
     * The {@code signature} field of {@code POST transaction/create}. The amount is whole rupiah, written
     * as Tripay writes it in the request (no decimals), which a {@code long} guarantees.
     */
    public String transactionSignature(String merchantCode, String merchantRef, long amount) {
        if (merchantCode == null || merchantCode.isBlank()) {
            throw new IllegalArgumentException("merchant_code is missing");
        }
        if (merchantRef == null || merchantRef.isBlank()) {
            throw new IllegalArgumentException("merchant_ref is missing");
        }
        if (amount < 0) {
            throw new IllegalArgumentException("amount cannot be negative: " + amount);
        }
        return HEX.formatHex(hmac((merchantCode + merchantRef + amount).getBytes(StandardCharsets.UTF_8)));
    }

    private byte[] hmac(byte[] message) {
        try {
            // Mac is stateful and not thread-safe: a fresh one per call keeps this object shareable.
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(privateKey);
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java platform must provide HmacSHA256", e);
        }
    }
}
