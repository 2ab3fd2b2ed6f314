package io.netledger.routeros.simulator;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a simulator on its own, so NetLedger can be tried without a router:
 * {@code java -jar routeros-simulator.jar --port 8728 --user admin --password secret --version 7.16 [--tls]}.
 * It serves until the process is stopped.
 */
public final class RouterOsSimulatorMain {

    private static final String USAGE =
            "usage: java -jar routeros-simulator.jar [--port 8728] [--user admin] [--password secret] [--version 7.16] [--tls]";

    private RouterOsSimulatorMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        SimulatorConfig config;
        try {
            config = configFrom(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        RouterOsSimulator simulator = RouterOsSimulator.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "routeros-simulator-shutdown"));
        System.out.printf("RouterOS simulator %s listening on port %d%s%n",
                simulator.version(), simulator.port(), config.tls() ? " (api-ssl)" : "");
        System.out.flush();
        stopped.await();
    }

    /** Defaults are those of {@link SimulatorConfig#defaults()}, on the API's own port 8728 (8729 with TLS). */
    static SimulatorConfig configFrom(String... args) {
        SimulatorConfig config = SimulatorConfig.defaults();
        Integer port = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--tls")) {
                config = config.withTls(true);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option.startsWith("--") ? option + " needs a value" : "unknown argument " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> port = port(value);
                case "--user" -> config = config.withCredentials(value, config.password());
                case "--password" -> config = config.withCredentials(config.username(), value);
                case "--version" -> config = config.withVersion(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return config.withPort(port != null ? port : config.tls() ? 8729 : 8728);
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port takes a number, not " + value, e);
        }
    }
}
