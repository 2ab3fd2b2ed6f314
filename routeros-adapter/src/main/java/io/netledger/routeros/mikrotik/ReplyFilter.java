package io.netledger.routeros.mikrotik;

import io.netledger.routeros.wire.WordCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The router's replies as mikrotik-java 3.0.8 can digest them, read a whole sentence at a
 * time. The library knows only {@code !re}, {@code !done}, {@code !trap} and {@code !halt}:
 * on any other reply word, {@code !empty} (RouterOS 7.18+) and {@code !fatal} among them,
 * its reader stops in a busy loop and every later reply on the connection is lost, and at
 * the end of the stream it spins until closed. So other reply words are dropped (the
 * {@code !done} after {@code !empty} ends the command), {@code !fatal} and the end of the
 * stream are reported to the {@link ConnectionWatch}, and after the end the library's
 * reader is parked until the connection is closed.
 *
 * <p>Words are passed on as the bytes that came, without decoding: RouterOS 6 is byte
 * oriented and may send text that is not UTF-8.
 */
final class ReplyFilter extends InputStream {

    private static final Set<String> LIBRARY_KNOWS = Set.of("!re", "!done", "!trap", "!halt");

    private final InputStream in;
    private final ConnectionWatch watch;
    private final CountDownLatch closed = new CountDownLatch(1);
    private byte[] sentence = new byte[0];
    private int next;

    ReplyFilter(InputStream in, ConnectionWatch watch) {
        this.in = in;
        this.watch = watch;
    }

    @Override
    public int read() throws IOException {
        if (next == sentence.length && !fill()) {
            return -1;
        }
        return sentence[next++] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (next == sentence.length && !fill()) {
            return -1;
        }
        int count = Math.min(length, sentence.length - next);
        System.arraycopy(sentence, next, buffer, offset, count);
        next += count;
        return count;
    }

    @Override
    public int available() {
        return sentence.length - next;
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        in.close();
    }

    /** Loads the next sentence the library should see; false once the connection is over. */
    private boolean fill() throws IOException {
        while (closed.getCount() > 0) {
            List<byte[]> words;
            try {
                words = readSentence();
            } catch (IOException e) {
                if (closed.getCount() > 0) {
                    watch.lost("connection broken: " + e.getMessage());
                }
                break;
            }
            if (words == null) {
                watch.lost("the router closed the connection");
                closeSocket();
                break;
            }
            String reply = ascii(words.get(0));
            if (reply.equals("!fatal")) {
                watch.lost("the router ended the session: "
                        + (words.size() > 1 ? new String(words.get(1), StandardCharsets.UTF_8) : "!fatal"));
                continue;
            }
            if (!LIBRARY_KNOWS.contains(reply)) {
                continue; // !empty, or a reply word of a later RouterOS: the !done after it ends the command
            }
            if (reply.equals("!done")) {
                noteReturn(words);
            }
            sentence = frame(words);
            next = 0;
            return true;
        }
        awaitClose();
        return false;
    }

    /** Words of the next non-empty sentence, or null at a clean end of stream. */
    private List<byte[]> readSentence() throws IOException {
        List<byte[]> words = new ArrayList<>();
        while (true) {
            int first = in.read();
            if (first < 0) {
                if (words.isEmpty()) {
                    return null;
                }
                throw new IOException("stream ended inside a sentence");
            }
            long length = first == 0 ? 0 : WordCodec.readLength(new PrefixedStream(first, in));
            if (length == 0) {
                if (!words.isEmpty()) {
                    return words;
                }
                continue;
            }
            if (length > WordCodec.MAX_WORD_LENGTH) {
                throw new IOException("a word of " + length + " bytes is beyond what a RouterOS reply holds");
            }
            byte[] word = in.readNBytes((int) length);
            if (word.length < length) {
                throw new IOException("stream ended inside a word");
            }
            words.add(word);
        }
    }

    private void noteReturn(List<byte[]> words) {
        String tag = null;
        String ret = null;
        for (byte[] word : words) {
            String text = new String(word, StandardCharsets.UTF_8);
            if (text.startsWith(".tag=")) {
                tag = text.substring(5);
            } else if (text.startsWith("=ret=")) {
                ret = text.substring(5);
            }
        }
        if (tag != null && ret != null) {
            watch.returned(tag, ret);
        }
    }

    private static byte[] frame(List<byte[]> words) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] word : words) {
            bytes.write(WordCodec.encodeLength(word.length));
            bytes.write(word);
        }
        bytes.write(0);
        return bytes.toByteArray();
    }

    private static String ascii(byte[] word) {
        return new String(word, StandardCharsets.US_ASCII);
    }

    /** Our side of a connection the router has closed: no use keeping it half open until the session is next looked at. */
    private void closeSocket() {
        try {
            in.close();
        } catch (IOException e) {
            // closing is all that was wanted
        }
    }

    /** Keeps the library's reader from spinning on an ended stream until it closes the connection. */
    private void awaitClose() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A stream whose first byte was already read, so WordCodec can decode the rest of a prefix. */
    private static final class PrefixedStream extends InputStream {
        private final InputStream rest;
        private int first;

        PrefixedStream(int first, InputStream rest) {
            this.first = first;
            this.rest = rest;
        }

        @Override
        public int read() throws IOException {
            if (first >= 0) {
                int value = first;
                first = -1;
                return value;
            }
            return rest.read();
        }
    }
}
