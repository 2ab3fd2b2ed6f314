package io.netledger.bench;

import io.netledger.routeros.EncryptedPassword;
import io.netledger.routeros.RouterLogin;
import io.netledger.routeros.PppSecret;
import io.netledger.routeros.mikrotik.MikrotikRouterGateway;
import io.netledger.routeros.mikrotik.MikrotikSettings;
import io.netledger.routeros.simulator.RouterOsSimulator;
import io.netledger.routeros.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * ensurePppSecret through the adapter (mikrotik-java, connection pool, print-then-add)
 * against one RouterOS simulator, with 1 and 16 callers; beside it, the floor measured in
 * the same run: one raw API round trip (a print) per operation over plain sockets.
 * {@code floor/ops} says how many raw round trips fit in the time of one operation; an
 * ensure of a new secret needs at least two (print, then add).
 *
 * <p>Arguments: {@code --count=N} operations per scenario (default 2000).
 */
public final class EnsureSecretBench {

    private static final String USER = "bench";
    private static final String PASSWORD = "bench-secret";

    private EnsureSecretBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = 2_000;
        for (String arg : args) {
            if (arg.startsWith("--count=")) {
                count = Integer.parseInt(arg.substring("--count=".length()));
            }
        }
        int warmUp = Math.min(300, count / 5);
        List<String> lines = new ArrayList<>();
        try (RouterOsSimulator router = RouterOsSimulator.start(SimulatorConfig.defaults()
                .withCredentials(USER, PASSWORD).withVersion("7.16"))) {
            RouterLogin nas = new RouterLogin("127.0.0.1", router.port(), USER, new EncryptedPassword(PASSWORD), false,
                    Duration.ofSeconds(5), Duration.ofSeconds(15));
            lines.add("RouterOS simulator 7.16 on 127.0.0.1:" + router.port() + ", " + count + " operations per scenario, "
                    + Runtime.getRuntime().availableProcessors() + " cores");
            lines.add(String.format(Locale.ROOT, "%-44s %8s %9s %10s %9s %9s", "scenario", "callers", "ops/s",
                    "floor/ops", "p50 ms", "p99 ms"));
            for (int callers : new int[] {1, 16}) {
                // Every scenario starts from an empty table: the router's print scans it.
                router.state().clear("/ppp/secret");
                ScenarioResult floor = ClosedLoopRunner.run("raw API round trip (floor)", callers, warmUp, count,
                        rawRoundTrips(router.port()));
                lines.add(row(floor, floor));
                for (int pool : new int[] {MikrotikSettings.DEFAULT_CONNECTIONS_PER_ROUTER, 16}) {
                    if (callers == 1 && pool != MikrotikSettings.DEFAULT_CONNECTIONS_PER_ROUTER) {
                        continue;
                    }
                    try (MikrotikRouterGateway gateway = new MikrotikRouterGateway(
                            password -> password.ciphertext().toCharArray(),
                            MikrotikSettings.defaults().withConnectionsPerRouter(pool))) {
                        router.state().clear("/ppp/secret");
                        AtomicInteger next = new AtomicInteger();
                        String run = callers + "x" + pool;
                        ScenarioResult created = ClosedLoopRunner.run("ensurePppSecret, new (pool " + pool + ")",
                                callers, warmUp, count, () -> gateway.ensurePppSecret(nas,
                                        secret("new-" + run + "-" + next.incrementAndGet())));
                        lines.add(row(created, floor));
                        ScenarioResult repeated = ClosedLoopRunner.run("ensurePppSecret, unchanged (pool " + pool + ")",
                                callers, warmUp, count, () -> gateway.ensurePppSecret(nas,
                                        secret("new-" + run + "-" + (1 + Math.floorMod(next.incrementAndGet(), 50)))));
                        lines.add(row(repeated, floor));
                    }
                }
            }
        }
        lines.forEach(System.out::println);
    }

    private static PppSecret secret(String name) {
        return new PppSecret(name, new EncryptedPassword("pppoe-" + name), "default", null, null, "bench", false);
    }

    private static String row(ScenarioResult result, ScenarioResult floor) {
        return String.format(Locale.ROOT, "%-44s %8d %9.0f %9.2fx %9.2f %9.2f", result.name(), result.inFlight(),
                result.opsPerSecond(), floor.opsPerSecond() / result.opsPerSecond(), result.p50Millis(),
                result.p99Millis());
    }

    /** Each caller thread gets its own logged-in socket and asks one print per operation. */
    private static Operation rawRoundTrips(int port) {
        ThreadLocal<RawApiSession> sessions = ThreadLocal.withInitial(() -> RawApiSession.open(port, USER, PASSWORD));
        return () -> sessions.get().print();
    }
}
