package io.netledger.routeros.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The RouterOS API's framing: a word is a big-endian length prefix and that many UTF-8
 * bytes; a sentence is words ended by a zero-length word.
 *
 * <p>Decoding is strict about what cannot be understood (reserved prefix bytes, a stream
 * that ends early, bytes that are not UTF-8) and raises {@link ProtocolViolation} rather
 * than guessing. Reads block while the peer is silent; whoever owns the socket sets its
 * timeout.
 */
public final class WordCodec {

    /**
     * Longest word read. Real words are a few kilobytes at most; the cap keeps a corrupt
     * or hostile prefix (up to 4 GiB in the 0xF0 form) from exhausting the heap.
     */
    public static final int MAX_WORD_LENGTH = 16 * 1024 * 1024;

    private WordCodec() {
    }

    /** The shortest prefix for a word of {@code length} bytes, as RouterOS itself writes it. */
    public static byte[] encodeLength(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("a word length cannot be negative: " + length);
        }
        if (length < 0x80) {
            return new byte[] {(byte) length};
        }
        if (length < 0x4000) {
            return new byte[] {(byte) (length >>> 8 | 0x80), (byte) length};
        }
        if (length < 0x200000) {
            return new byte[] {(byte) (length >>> 16 | 0xC0), (byte) (length >>> 8), (byte) length};
        }
        if (length < 0x10000000) {
            return new byte[] {(byte) (length >>> 24 | 0xE0), (byte) (length >>> 16), (byte) (length >>> 8),
                    (byte) length};
        }
        return new byte[] {(byte) 0xF0, (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8),
                (byte) length};
    }

    /** Reads one length prefix; a long because the 0xF0 form reaches 2^32 - 1. */
    public static long readLength(InputStream in) throws IOException {
        return readLength(in, firstByte(in));
    }

    public static void writeWord(OutputStream out, String word) throws IOException {
        byte[] bytes = utf8(word);
        out.write(encodeLength(bytes.length));
        out.write(bytes);
    }

    public static String readWord(InputStream in) throws IOException {
        return readContent(in, readLength(in));
    }

    /**
     * Writes the words and the zero-length word that ends them in one write, so a word that
     * cannot be encoded leaves nothing half-sent, then flushes: the peer acts on whole
     * sentences only.
     */
    public static void writeSentence(OutputStream out, List<String> words) throws IOException {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a sentence has at least one word");
        }
        ByteArrayOutputStream sentence = new ByteArrayOutputStream();
        for (String word : words) {
            if (word.isEmpty()) {
                throw new IllegalArgumentException("a zero-length word would end the sentence early: " + words);
            }
            writeWord(sentence, word);
        }
        sentence.write(0);
        out.write(sentence.toByteArray());
        out.flush();
    }

    /**
     * The next sentence's words, or empty when the stream ends cleanly between sentences.
     * Empty sentences are skipped, as the API manual asks of both sides.
     */
    public static Optional<List<String>> readSentence(InputStream in) throws IOException {
        while (true) {
            int first = in.read();
            if (first < 0) {
                return Optional.empty();
            }
            List<String> words = new ArrayList<>();
            for (long length = readLength(in, first); length != 0; length = readLength(in)) {
                words.add(readContent(in, length));
            }
            if (!words.isEmpty()) {
                return Optional.of(words);
            }
        }
    }

    private static long readLength(InputStream in, int first) throws IOException {
        // Decoded by the prefix bits alone, so non-minimal forms are accepted: mikrotik-java
        // 3.0.x writes lengths 0x20000-0x1FFFFF in the four-byte form.
        int following;
        long length;
        if (first < 0x80) {
            return first;
        } else if (first < 0xC0) {
            following = 1;
            length = first & 0x3F;
        } else if (first < 0xE0) {
            following = 2;
            length = first & 0x1F;
        } else if (first < 0xF0) {
            following = 3;
            length = first & 0x0F;
        } else if (first == 0xF0) {
            following = 4;
            length = 0;
        } else if (first >= 0xF8) {
            throw new ProtocolViolation("reserved control byte 0x%02X where a word length was expected".formatted(first));
        } else {
            throw new ProtocolViolation("0x%02X is not a word length prefix".formatted(first));
        }
        for (int i = 0; i < following; i++) {
            int next = in.read();
            if (next < 0) {
                throw new ProtocolViolation("stream ended inside a word length prefix");
            }
            length = length << 8 | next;
        }
        return length;
    }

    private static int firstByte(InputStream in) throws IOException {
        int first = in.read();
        if (first < 0) {
            throw new ProtocolViolation("stream ended where a word length was expected");
        }
        return first;
    }

    private static String readContent(InputStream in, long length) throws IOException {
        if (length > MAX_WORD_LENGTH) {
            throw new ProtocolViolation("a word of %d bytes is longer than the %d this codec reads"
                    .formatted(length, MAX_WORD_LENGTH));
        }
        // readNBytes grows its buffer as bytes arrive, so a lying prefix costs nothing up front.
        byte[] bytes = in.readNBytes((int) length);
        if (bytes.length < length) {
            throw new ProtocolViolation("stream ended after %d of a word's %d bytes".formatted(bytes.length, length));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ProtocolViolation("a word of %d bytes is not UTF-8".formatted(length), e);
        }
    }

    private static byte[] utf8(String word) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(word));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("a word must be valid Unicode (a lone surrogate?): " + word, e);
        }
    }
}
