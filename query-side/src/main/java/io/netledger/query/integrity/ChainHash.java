package io.netledger.query.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The chain's arithmetic, as ADR 0016 defines it: link = SHA-256(previous link || canonical bytes),
 * the canonical bytes being the event's fields in a fixed order, each as a 4-byte big-endian length
 * and its bytes (strings in UTF-8, numbers in decimal, absent values as length -1 and no bytes).
 * The first link's previous hash is 32 zero bytes. Not thread-safe: one per thread.
 */
public final class ChainHash {

    public static final int LENGTH = 32;
    public static final byte[] GENESIS = new byte[LENGTH];
    /** Each part's print in {@link #parts}: enough to tell which part changed, not a proof of anything. */
    static final int PART_PRINT = 8;

    private final MessageDigest sha256;
    private final byte[] lengthBytes = new byte[4];

    public ChainHash() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The link of {@code event} after {@code previous}. */
    public byte[] link(byte[] previous, StoredEvent event) {
        sha256.update(previous);
        field(decimal(event.position()));
        field(utf8(event.eventId()));
        field(utf8(event.aggregateId()));
        field(utf8(event.aggregateType()));
        field(decimal(event.sequence()));
        field(utf8(event.payloadType()));
        field(utf8(event.payloadRevision()));
        field(utf8(event.timestamp()));
        field(event.payload());
        field(event.metaData());
        return sha256.digest();
    }

    /** Prints of payload, metadata, timestamp and the other fields, in that order, for saying how a link broke. */
    byte[] parts(StoredEvent event) {
        byte[] parts = new byte[4 * PART_PRINT];
        print(parts, Part.PAYLOAD, event.payload());
        print(parts, Part.METADATA, event.metaData());
        print(parts, Part.TIMESTAMP, utf8(event.timestamp()));
        field(decimal(event.position()));
        field(utf8(event.eventId()));
        field(utf8(event.aggregateId()));
        field(utf8(event.aggregateType()));
        field(decimal(event.sequence()));
        field(utf8(event.payloadType()));
        field(utf8(event.payloadRevision()));
        System.arraycopy(sha256.digest(), 0, parts, Part.OTHER.ordinal() * PART_PRINT, PART_PRINT);
        return parts;
    }

    /** The first part whose print differs, or null when all are the same. */
    static Part changedPart(byte[] chained, byte[] now) {
        if (chained == null || chained.length != now.length) {
            return Part.OTHER;
        }
        for (Part part : Part.values()) {
            int from = part.ordinal() * PART_PRINT;
            if (!Arrays.equals(chained, from, from + PART_PRINT, now, from, from + PART_PRINT)) {
                return part;
            }
        }
        return null;
    }

    enum Part { PAYLOAD, METADATA, TIMESTAMP, OTHER }

    private void print(byte[] parts, Part part, byte[] bytes) {
        field(bytes);
        System.arraycopy(sha256.digest(), 0, parts, part.ordinal() * PART_PRINT, PART_PRINT);
    }

    private void field(byte[] bytes) {
        int length = bytes == null ? -1 : bytes.length;
        lengthBytes[0] = (byte) (length >>> 24);
        lengthBytes[1] = (byte) (length >>> 16);
        lengthBytes[2] = (byte) (length >>> 8);
        lengthBytes[3] = (byte) length;
        sha256.update(lengthBytes);
        if (bytes != null) {
            sha256.update(bytes);
        }
    }

    private static byte[] decimal(long value) {
        return Long.toString(value).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf8(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }
}
