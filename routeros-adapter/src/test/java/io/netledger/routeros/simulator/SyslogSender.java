package io.netledger.routeros.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A router's remote logging action with {@code bsd-syslog=yes}: each line a UDP datagram in RFC 3164 form,
 * {@code <PRI>Mmm dd hh:mm:ss IDENTITY topics message}, PRI being the action's facility ({@code daemon} by
 * default) times eight plus the line's severity. The datagrams leave from {@code localAddress}, so a test can
 * send from an address that is no router's (any of 127.0.0.0/8 is this machine).
 */
public final class SyslogSender implements AutoCloseable {

    private static final int DAEMON = 3;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ENGLISH);

    private final DatagramSocket socket;
    private final InetSocketAddress server;
    private final String identity;
    private final Clock clock;

    private SyslogSender(DatagramSocket socket, InetSocketAddress server, String identity, Clock clock) {
        this.socket = socket;
        this.server = server;
        this.identity = identity;
        this.clock = clock;
    }

    public static SyslogSender from(String localAddress, String identity, InetSocketAddress server) {
        try {
            return new SyslogSender(new DatagramSocket(new InetSocketAddress(InetAddress.getByName(localAddress), 0)),
                    server, identity, Clock.systemDefaultZone());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends one line as the router would. */
    public void send(String topics, String message) {
        sendRaw("<%d>%s %s %s %s".formatted(DAEMON * 8 + severity(topics), TIMESTAMP.format(ZonedDateTime.now(clock)),
                identity, topics, message));
    }

    /** Sends any datagram at all, for what is not syslog. */
    public void sendRaw(String datagram) {
        byte[] bytes = datagram.getBytes(StandardCharsets.UTF_8);
        try {
            socket.send(new DatagramPacket(bytes, bytes.length, server));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        socket.close();
    }

    private static int severity(String topics) {
        List<String> words = List.of(topics.split(","));
        return words.contains("critical") ? 2 : words.contains("error") ? 3 : words.contains("warning") ? 4
                : words.contains("debug") ? 7 : 6;
    }
}
