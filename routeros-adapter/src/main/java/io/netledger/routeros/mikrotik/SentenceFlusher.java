package io.netledger.routeros.mikrotik;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Sends each request sentence as one write. mikrotik-java writes a sentence a byte at a
 * time to the socket and never flushes: unbuffered, every byte is a system call and, with
 * Nagle's algorithm, the tail of a sentence may wait for an acknowledgement; buffered, it
 * would never leave. This follows the word framing and flushes at the zero-length word
 * that ends a sentence (the socket also has {@code TCP_NODELAY}, so that flush goes out at once).
 */
final class SentenceFlusher extends FilterOutputStream {

    private final OutputStream socket;
    private int prefixBytesLeft;
    private long length;
    private long contentLeft;

    SentenceFlusher(OutputStream socket) {
        super(new BufferedOutputStream(socket, 8192));
        this.socket = socket;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        int value = b & 0xFF;
        if (contentLeft > 0) {
            contentLeft--;
        } else if (prefixBytesLeft > 0) {
            length = length << 8 | value;
            if (--prefixBytesLeft == 0) {
                endOfPrefix();
            }
        } else if (value < 0x80) {
            length = value;
            endOfPrefix();
        } else {
            // 10xxxxxx, 110xxxxx, 1110xxxx: that many more length bytes; 0xF0: four more
            prefixBytesLeft = value < 0xC0 ? 1 : value < 0xE0 ? 2 : value < 0xF0 ? 3 : 4;
            length = value < 0xC0 ? value & 0x3F : value < 0xE0 ? value & 0x1F : value < 0xF0 ? value & 0x0F : 0;
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int count) throws IOException {
        for (int i = offset; i < offset + count; i++) {
            write(bytes[i]);
        }
    }

    /** Closes without flushing: every whole sentence is sent already, and part of one is worth nothing. */
    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void endOfPrefix() throws IOException {
        if (length == 0) {
            out.flush();
        }
        contentLeft = length;
    }
}
