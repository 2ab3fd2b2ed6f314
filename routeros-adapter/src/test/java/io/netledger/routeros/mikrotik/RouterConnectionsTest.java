package io.netledger.routeros.mikrotik;

import static io.netledger.routeros.mikrotik.SimulatedRouters.OPENER;
import static io.netledger.routeros.mikrotik.SimulatedRouters.ROUTER_PASSWORD;
import static io.netledger.routeros.mikrotik.SimulatedRouters.endpoint;
import static io.netledger.routeros.mikrotik.SimulatedRouters.logins;
import static io.netledger.routeros.mikrotik.SimulatedRouters.seal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.netledger.routeros.RouterLogin;
import io.netledger.routeros.PasswordOpener;
import io.netledger.routeros.PppSecret;
import io.netledger.routeros.RouterItemId;
import io.netledger.routeros.RouterRejected;
import io.netledger.routeros.RouterUnavailable;
import io.netledger.routeros.simulator.Fault;
import io.netledger.routeros.simulator.RouterOsSimulator;
import io.netledger.routeros.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Connections per router: bounded, shared by concurrent callers, kept apart between routers, closed on close. */
class RouterConnectionsTest {

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    @Test
    void sixteenCallersShareTheTwoConnectionsOfOneRouter() throws Exception {
        RouterOsSimulator router = started(SimulatedRouters.start("7.16"));
        MikrotikRouterGateway gateway = started(new MikrotikRouterGateway(OPENER));
        RouterLogin nas = endpoint(router);

        int mostOpen = whileSampling(router, () -> ensureConcurrently(gateway, nas, 16));

        assertThat(router.state().records("/ppp/secret")).hasSize(16);
        assertThat(mostOpen).isBetween(1, MikrotikSettings.DEFAULT_CONNECTIONS_PER_ROUTER);
        assertThat(logins(router)).isLessThanOrEqualTo(MikrotikSettings.DEFAULT_CONNECTIONS_PER_ROUTER);
    }

    @Test
    void opensNoMoreConnectionsThanConfigured() throws Exception {
        RouterOsSimulator router = started(SimulatedRouters.start("6.42"));
        MikrotikRouterGateway gateway = started(new MikrotikRouterGateway(OPENER,
                MikrotikSettings.defaults().withConnectionsPerRouter(4)));
        router.faults().latency(Duration.ofMillis(5));

        int mostOpen = whileSampling(router, () -> ensureConcurrently(gateway, endpoint(router), 16));

        assertThat(router.state().records("/ppp/secret")).hasSize(16);
        assertThat(mostOpen).isBetween(2, 4);
        assertThat(logins(router)).isLessThanOrEqualTo(4);
    }

    @Test
    void keepsTwoRoutersApart() throws Exception {
        RouterOsSimulator north = started(SimulatedRouters.start("7.16"));
        RouterOsSimulator south = started(SimulatedRouters.start("6.42"));
        MikrotikRouterGateway gateway = started(new MikrotikRouterGateway(OPENER));

        RouterItemId onNorth = gateway.ensurePppSecret(endpoint(north), secret("utara"));
        RouterItemId onSouth = gateway.ensurePppSecret(endpoint(south), secret("selatan"));
        gateway.removePppSecret(endpoint(north), "selatan");

        assertThat(north.state().records("/ppp/secret")).extracting(secret -> secret.get("name")).containsExactly("utara");
        assertThat(south.state().records("/ppp/secret")).extracting(secret -> secret.get("name")).containsExactly("selatan");
        assertThat(north.state().find("/ppp/secret", "name", "utara").orElseThrow()).containsEntry(".id", onNorth.value());
        assertThat(south.state().find("/ppp/secret", "name", "selatan").orElseThrow()).containsEntry(".id", onSouth.value());
        assertThat(logins(north)).isEqualTo(1);
        assertThat(logins(south)).isEqualTo(1);
    }

    @Test
    void givesUpWaitingForABusyRouterAfterTheConnectTimeout() throws Exception {
        RouterOsSimulator router = started(SimulatedRouters.start("7.16"));
        MikrotikRouterGateway gateway = started(new MikrotikRouterGateway(OPENER,
                MikrotikSettings.defaults().withConnectionsPerRouter(1)));
        RouterLogin nas = new RouterLogin("127.0.0.1", router.port(), "admin", seal(ROUTER_PASSWORD), false,
                Duration.ofMillis(300), Duration.ofSeconds(2));
        gateway.systemResource(nas);
        router.faults().on("/ppp/active/print", new Fault.NoAnswer(), 1);
        ExecutorService caller = Executors.newSingleThreadExecutor();
        toClose.add(caller::shutdownNow);
        Future<List<?>> stuck = caller.submit(() -> gateway.activeSessions(nas));
        await().atMost(Duration.ofSeconds(2)).until(() -> router.commandLog().contains("/ppp/active/print"));

        assertThatThrownBy(() -> gateway.systemResource(nas))
                .isInstanceOf(RouterUnavailable.class)
                .hasMessageContaining("all 1 connections")
                .hasMessageContaining("busy");
        assertThat(stuck).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(RouterUnavailable.class);
        assertThat(gateway.systemResource(nas).version()).startsWith("7.16");
    }

    @Test
    void opensTheRouterPasswordOnlyToLogIn() throws Exception {
        RouterOsSimulator router = started(SimulatedRouters.start("7.16"));
        AtomicInteger opened = new AtomicInteger();
        PasswordOpener counting = password -> {
            opened.incrementAndGet();
            return OPENER.open(password);
        };
        MikrotikRouterGateway gateway = started(new MikrotikRouterGateway(counting));
        RouterLogin nas = endpoint(router);

        for (int i = 0; i < 10; i++) {
            gateway.systemResource(nas);
            gateway.interfaces(nas);
        }

        assertThat(opened).hasValue(1);
    }

    @Test
    void closingTheGatewayClosesItsConnections() throws Exception {
        RouterOsSimulator router = started(SimulatedRouters.start("7.16"));
        MikrotikRouterGateway gateway = new MikrotikRouterGateway(OPENER);
        ensureConcurrently(gateway, endpoint(router), 4);
        assertThat(router.openConnections()).isPositive();

        gateway.close();

        await().atMost(Duration.ofSeconds(2)).until(() -> router.openConnections() == 0);
    }

    @Test
    void speaksTlsToARouterWhoseCertificateIsAcceptedExplicitly() throws Exception {
        RouterOsSimulator router = started(SimulatedRouters.start(SimulatorConfig.defaults().withTls(true)));
        MikrotikRouterGateway gateway = started(new MikrotikRouterGateway(OPENER,
                MikrotikSettings.defaults().withTlsTrust(TlsTrust.anyCertificate())));

        RouterItemId id = gateway.ensurePppSecret(tls(router), secret("aman"));

        assertThat(router.state().find("/ppp/secret", "name", "aman").orElseThrow()).containsEntry(".id", id.value());
    }

    @Test
    void refusesARouterCertificateNoTrustedAuthorityIssued() throws Exception {
        RouterOsSimulator router = started(SimulatedRouters.start(SimulatorConfig.defaults().withTls(true)));
        MikrotikRouterGateway gateway = started(new MikrotikRouterGateway(OPENER));

        assertThatThrownBy(() -> gateway.systemResource(tls(router)))
                .isInstanceOf(RouterRejected.class)
                .hasMessageContaining("certificate");
    }

    private static RouterLogin tls(RouterOsSimulator router) {
        return new RouterLogin("127.0.0.1", router.port(), "admin", seal(ROUTER_PASSWORD), true,
                SimulatedRouters.CONNECT_TIMEOUT, SimulatedRouters.COMMAND_TIMEOUT);
    }

    private <T extends AutoCloseable> T started(T closeable) {
        toClose.add(closeable);
        return closeable;
    }

    /** Runs {@code work} while watching the router's open connections; answers the most seen at once. */
    private static int whileSampling(RouterOsSimulator router, Callable<?> work) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger most = new AtomicInteger();
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                most.accumulateAndGet(router.openConnections(), Math::max);
                Thread.onSpinWait();
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        try {
            work.call();
        } finally {
            running.set(false);
            sampler.join();
        }
        return Math.max(most.get(), router.openConnections());
    }

    private static List<RouterItemId> ensureConcurrently(MikrotikRouterGateway gateway, RouterLogin nas, int callers)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<RouterItemId>> ids = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                PppSecret secret = secret("pelanggan-" + i);
                ids.add(threads.submit(() -> {
                    start.await();
                    return gateway.ensurePppSecret(nas, secret);
                }));
            }
            start.countDown();
            List<RouterItemId> done = new ArrayList<>();
            for (Future<RouterItemId> id : ids) {
                done.add(id.get(20, TimeUnit.SECONDS));
            }
            assertThat(done).doesNotHaveDuplicates();
            return done;
        } finally {
            threads.shutdownNow();
        }
    }

    private static PppSecret secret(String name) {
        return new PppSecret(name, seal("pw-" + name), "default", null, null, null, false);
    }
}
