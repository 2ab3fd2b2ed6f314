package io.netledger.routeros.simulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A MikroTik router in the JVM: it listens on a real TCP port (optionally TLS) and speaks the
 * RouterOS API to any client, holding its menus in a {@link RouterState} that tests can seed
 * and read, and meeting the faults a {@link FaultPlan} asks for. Each connection has its own
 * thread; several simulators run side by side on different ports.
 */
public final class RouterOsSimulator implements AutoCloseable {

    private final SimulatedRouter router;
    private final ServerSocket server;
    private final Set<ApiSession> sessions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    private RouterOsSimulator(SimulatedRouter router, ServerSocket server) {
        this.router = router;
        this.server = server;
        this.acceptor = new Thread(this::accept, "routeros-simulator-" + server.getLocalPort());
        acceptor.setDaemon(true);
    }

    /** Starts a router; it accepts connections when this returns. */
    public static RouterOsSimulator start(SimulatorConfig config) throws IOException {
        RouterOsVersion version = config.routerOsVersion();
        RouterState state = new RouterState(version, Clock.systemDefaultZone());
        ServerSocket server = config.tls() ? ApiSsl.serverSocket() : new ServerSocket();
        try {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(config.port()));
        } catch (IOException e) {
            server.close();
            throw e;
        }
        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(1, task -> {
            Thread thread = new Thread(task, "routeros-simulator-" + server.getLocalPort() + "-ticker");
            thread.setDaemon(true);
            return thread;
        });
        SimulatedRouter router = new SimulatedRouter(config, version, state, new FaultPlan(),
                Collections.synchronizedList(new ArrayList<>()), new MenuCommands(state, version),
                new TrafficMonitor(state), ticker);
        RouterOsSimulator simulator = new RouterOsSimulator(router, server);
        simulator.acceptor.start();
        return simulator;
    }

    public int port() {
        return server.getLocalPort();
    }

    public String version() {
        return router.version().text();
    }

    public RouterState state() {
        return router.state();
    }

    public FaultPlan faults() {
        return router.faults();
    }

    /** What happens on the router that it writes to its log: logins, logouts, firewall hits, a reboot. */
    public RouterLogEvents logEvents() {
        return new RouterLogEvents(router.state(), router.version());
    }

    /**
     * Remote logging, as {@code /system logging action add target=remote bsd-syslog=yes remote=...}: every line
     * the router logs from now on is also sent to {@code sender}'s server as a BSD syslog datagram.
     */
    public void logRemotely(SyslogSender sender) {
        router.state().alsoLogTo(sender::send);
    }

    /** Connections accepted and not yet closed by either side. */
    public int openConnections() {
        return sessions.size();
    }

    /** Every command word received, in order, login and faulted commands included. */
    public List<String> commandLog() {
        synchronized (router.commandLog()) {
            return List.copyOf(router.commandLog());
        }
    }

    /** Stops listening and closes every connection. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // no longer listening either way
        }
        sessions.forEach(ApiSession::close);
        router.ticker().shutdownNow();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                start(socket);
            } catch (IOException e) {
                // closed, or one failed accept: the loop condition tells which
            }
        }
    }

    private void start(Socket socket) {
        ApiSession session = new ApiSession(socket, router, sessions::remove);
        sessions.add(session);
        if (server.isClosed()) {
            session.close(); // accepted just as close() ran past the sessions
        }
        Thread thread = new Thread(session, "routeros-simulator-" + port() + "-api-" + connections.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
    }
}
