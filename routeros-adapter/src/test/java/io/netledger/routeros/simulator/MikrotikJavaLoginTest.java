package io.netledger.routeros.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.SocketFactory;
import me.legrange.mikrotik.ApiConnection;
import me.legrange.mikrotik.MikrotikApiException;
import org.junit.jupiter.api.Test;

/** Logging in with the real mikrotik-java 3.0.8 client, against routers before and after 6.43. */
class MikrotikJavaLoginTest {

    @Test
    void logsInWithThePlaintextPasswordOnRouterOs716() throws Exception {
        try (RouterOsSimulator router = RouterOsSimulator.start(SimulatorConfig.defaults());
             ApiConnection api = connect(router)) {
            api.login("admin", "secret");

            assertThat(api.execute("/system/resource/print")).hasSize(1);
            assertThat(router.commandLog()).containsExactly("/login", "/system/resource/print");
        }
    }

    @Test
    void logsInWithTheMd5ChallengeOnRouterOs642() throws Exception {
        try (RouterOsSimulator router = RouterOsSimulator.start(SimulatorConfig.defaults().withVersion("6.42"));
             ApiConnection api = connect(router)) {
            api.login("admin", "secret");

            assertThat(api.execute("/system/resource/print")).singleElement()
                    .satisfies(resource -> assertThat(resource).containsEntry("version", "6.42 (stable)"));
            // mikrotik-java first tries =name= =password=; the old router answers with a challenge
            assertThat(router.commandLog()).containsExactly("/login", "/login", "/system/resource/print");
        }
    }

    @Test
    void refusesAWrongPasswordWithTheRoutersMessageAndClosesTheConnection() throws Exception {
        for (String version : new String[] {"6.42", "7.16"}) {
            try (RouterOsSimulator router = RouterOsSimulator.start(SimulatorConfig.defaults().withVersion(version));
                 ApiConnection api = connect(router)) {
                assertThatThrownBy(() -> api.login("admin", "wrong"))
                        .isInstanceOf(MikrotikApiException.class)
                        .hasMessage("invalid user name or password (6)");

                awaitNoConnections(router);
                assertThat(router.state().records("/log")).last()
                        .satisfies(line -> assertThat(line).containsEntry("topics", "system,error,critical")
                                .containsEntry("message", "login failure for user admin from 127.0.0.1 via api"));
            }
        }
    }

    @Test
    void refusesAnUnknownUser() throws Exception {
        try (RouterOsSimulator router = RouterOsSimulator.start(SimulatorConfig.defaults());
             ApiConnection api = connect(router)) {
            assertThatThrownBy(() -> api.login("root", "secret")).hasMessage("invalid user name or password (6)");
        }
    }

    @Test
    void answersCommandsBeforeLoginWithNotLoggedIn() throws Exception {
        try (RouterOsSimulator router = RouterOsSimulator.start(SimulatorConfig.defaults());
             ApiConnection api = connect(router)) {
            assertThatThrownBy(() -> api.execute("/ppp/secret/print")).hasMessage("not logged in");

            api.login("admin", "secret");
            assertThat(api.execute("/ppp/secret/print")).isEmpty();
        }
    }

    @Test
    void logsTheLoginAsTheRouterDoes() throws Exception {
        try (RouterOsSimulator router = RouterOsSimulator.start(SimulatorConfig.defaults());
             ApiConnection api = connect(router)) {
            api.login("admin", "secret");

            List<Map<String, String>> log = api.execute("/log/print");
            assertThat(log.get(log.size() - 1))
                    .containsOnlyKeys(".id", "time", "topics", "message")
                    .containsEntry("topics", "system,info,account")
                    .containsEntry("message", "user admin logged in from 127.0.0.1 via api");
        }
    }

    static ApiConnection connect(RouterOsSimulator router) throws MikrotikApiException {
        return ApiConnection.connect(NO_DELAY, "127.0.0.1", router.port(), 2_000);
    }

    /**
     * mikrotik-java writes a command word by word, unbuffered; with Nagle's algorithm on, each
     * command then waits out the peer's delayed ACK (about 40 ms on Linux).
     */
    static final SocketFactory NO_DELAY = new SocketFactory() {
        @Override
        public Socket createSocket() throws SocketException {
            Socket socket = new Socket();
            socket.setTcpNoDelay(true);
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port) {
            throw new UnsupportedOperationException("mikrotik-java connects an unconnected socket");
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
            throw new UnsupportedOperationException("mikrotik-java connects an unconnected socket");
        }

        @Override
        public Socket createSocket(InetAddress host, int port) {
            throw new UnsupportedOperationException("mikrotik-java connects an unconnected socket");
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
            throw new UnsupportedOperationException("mikrotik-java connects an unconnected socket");
        }
    };

    static ApiConnection loggedIn(RouterOsSimulator router) throws MikrotikApiException {
        ApiConnection api = connect(router);
        api.login("admin", "secret");
        return api;
    }

    static void awaitNoConnections(RouterOsSimulator router) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (router.openConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(router.openConnections()).as("connections the router still has open").isZero();
    }
}
