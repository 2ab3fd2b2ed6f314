package io.netledger.bench;

import io.netledger.routeros.wire.Sentence;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/**
 * A logged-in RouterOS API socket that sends raw sentences, without the client library: one print is the
 * floor a router call cannot beat, measured beside the adapter and the sagas.
 */
record RawApiSession(Socket socket, InputStream in, OutputStream out) implements AutoCloseable {

    static RawApiSession open(int port, String user, String password) {
        try {
            Socket socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            RawApiSession session = new RawApiSession(socket, new BufferedInputStream(socket.getInputStream()),
                    new BufferedOutputStream(socket.getOutputStream()));
            session.call(Sentence.of("/login").with("name", user).with("password", password));
            return session;
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a raw API session", e);
        }
    }

    /** One round trip: a print that finds nothing. */
    void print() throws IOException {
        call(Sentence.of("/ppp/secret/print").withQuery("?name=nobody"));
    }

    private void call(Sentence request) throws IOException {
        request.writeTo(out);
        out.flush();
        while (true) {
            Sentence reply = Sentence.readFrom(in).orElseThrow(() -> new IOException("router closed"));
            if (reply.word().equals("!done")) {
                return;
            }
            if (reply.word().equals("!trap") || reply.word().equals("!fatal")) {
                throw new IOException("router refused: " + reply);
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
