package io.netledger.routeros.simulator;

import io.netledger.routeros.wire.Sentence;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The connection's way back to the client. Streaming commands answer from other threads,
 * so whole sentences are written one at a time, each carrying its command's {@code .tag}.
 */
final class ReplyChannel {

    private final OutputStream out;

    ReplyChannel(OutputStream out) {
        this.out = out;
    }

    synchronized void send(Sentence reply, Optional<String> tag) throws IOException {
        tag.map(reply::withTag).orElse(reply).writeTo(out);
    }
}
