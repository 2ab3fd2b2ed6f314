package io.netledger.routeros.simulator;

import io.netledger.routeros.wire.Sentence;
import io.netledger.routeros.wire.WordCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A bare API connection over the project's wire codec, for what the mikrotik-java client
 * cannot say or hear: tags of our choosing, {@code /cancel}, query stacks, {@code !empty}.
 */
final class RawApi implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawApi(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        socket.setSoTimeout(3_000);
    }

    static RawApi connect(RouterOsSimulator simulator) throws IOException {
        return new RawApi(new Socket("127.0.0.1", simulator.port()));
    }

    /** Connects and logs in the 6.43 way with the simulator's default credentials. */
    static RawApi loggedIn(RouterOsSimulator simulator) throws IOException {
        RawApi api = connect(simulator);
        api.send("/login", "=name=admin", "=password=secret");
        if (!api.read().word().equals("!done")) {
            throw new IllegalStateException("login refused");
        }
        return api;
    }

    void send(String... words) throws IOException {
        WordCodec.writeSentence(out, List.of(words));
    }

    Sentence read() throws IOException {
        return Sentence.readFrom(in).orElseThrow(() -> new IOException("the router closed the connection"));
    }

    /** Sentences up to and including the {@code !done} that carries {@code tag}. */
    List<Sentence> readUntilDone(String tag) throws IOException {
        List<Sentence> replies = new ArrayList<>();
        Sentence reply;
        do {
            reply = read();
            replies.add(reply);
        } while (!(reply.word().equals("!done") && reply.tag().equals(Optional.of(tag))));
        return replies;
    }

    /** Whether the router has closed the connection (end of stream within the read timeout). */
    boolean closedByRouter() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    void readTimeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
