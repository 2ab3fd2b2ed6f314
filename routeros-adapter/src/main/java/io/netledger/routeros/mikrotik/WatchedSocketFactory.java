package io.netledger.routeros.mikrotik;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import javax.net.SocketFactory;

/**
 * Hands mikrotik-java one {@link WatchedSocket} for one connection. The library calls only
 * {@link #createSocket()} and connects the socket itself; the forms that connect at once
 * exist because a {@link SocketFactory} must have them, and refuse.
 */
final class WatchedSocketFactory extends SocketFactory {

    private final SocketFactory sockets;
    private final ConnectionWatch watch;
    private final boolean verifyHostname;

    WatchedSocketFactory(SocketFactory sockets, ConnectionWatch watch, boolean verifyHostname) {
        this.sockets = sockets;
        this.watch = watch;
        this.verifyHostname = verifyHostname;
    }

    @Override
    public Socket createSocket() throws IOException {
        return new WatchedSocket(sockets.createSocket(), watch, verifyHostname);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        throw connectsItself();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        throw connectsItself();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        throw connectsItself();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        throw connectsItself();
    }

    private static SocketException connectsItself() {
        return new SocketException("create an unconnected socket and connect it with a timeout");
    }
}
