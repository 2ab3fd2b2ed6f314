package io.netledger.routeros.mikrotik;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketImpl;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * The socket mikrotik-java is given, wrapping a plain or TLS socket: its streams are the
 * {@link ReplyFilter} and the {@link SentenceFlusher}, and connecting includes the TLS
 * handshake, bounded by the connect timeout (left to the first read, it would have none).
 * Only what the library calls is passed on.
 */
final class WatchedSocket extends Socket {

    private final Socket socket;
    private final ConnectionWatch watch;
    private final boolean verifyHostname;
    private InputStream in;
    private OutputStream out;

    WatchedSocket(Socket socket, ConnectionWatch watch, boolean verifyHostname) throws SocketException {
        super((SocketImpl) null);
        this.socket = socket;
        this.watch = watch;
        this.verifyHostname = verifyHostname;
    }

    @Override
    public void connect(SocketAddress endpoint) throws IOException {
        connect(endpoint, 0);
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        socket.connect(endpoint, timeout);
        socket.setTcpNoDelay(true);
        if (socket instanceof SSLSocket tls) {
            if (verifyHostname) {
                SSLParameters parameters = tls.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                tls.setSSLParameters(parameters);
            }
            tls.setSoTimeout(timeout);
            tls.startHandshake();
            // Replies may take long; the command timeout, not the socket, bounds the wait.
            tls.setSoTimeout(0);
        }
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
        if (in == null) {
            in = new ReplyFilter(socket.getInputStream(), watch);
        }
        return in;
    }

    @Override
    public synchronized OutputStream getOutputStream() throws IOException {
        if (out == null) {
            out = new SentenceFlusher(socket.getOutputStream());
        }
        return out;
    }

    @Override
    public synchronized void close() throws IOException {
        socket.close();
    }

    @Override
    public boolean isClosed() {
        return socket.isClosed();
    }

    @Override
    public boolean isConnected() {
        return socket.isConnected();
    }

    @Override
    public InetAddress getInetAddress() {
        return socket.getInetAddress();
    }

    @Override
    public int getPort() {
        return socket.getPort();
    }

    @Override
    public synchronized void setSoTimeout(int timeout) throws SocketException {
        socket.setSoTimeout(timeout);
    }

    @Override
    public synchronized int getSoTimeout() throws SocketException {
        return socket.getSoTimeout();
    }

    @Override
    public String toString() {
        return "WatchedSocket[" + socket + "]";
    }
}
