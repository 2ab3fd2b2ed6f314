package io.netledger.routeros.simulator;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a simulator on its own, so NetLedger can be tried without a router:
 * {@code java -jar routeros-simulator.jar --port 8728 --user admin --password secret --version 7.16 [--tls]
 * [--ppp-secrets 50] [--online budi]}. With {@code --ppp-secrets} it starts as an ISP's router from before NetLedger,
 * holding that many PPPoE customers to import; with {@code --online} those users are online moving bytes. It
 * serves until the process is stopped.
 */
public final class RouterOsSimulatorMain {

    private static final String USAGE =
            "usage: java -jar routeros-simulator.jar [--port 8728] [--user admin] [--password secret] [--version 7.16] [--tls] [--ppp-secrets 0]"
                    + " [--online user1,user2]";

    private RouterOsSimulatorMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Launch launch;
        try {
            launch = launchFrom(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        SimulatorConfig config = launch.config();
        RouterOsSimulator simulator = RouterOsSimulator.start(config);
        ExistingInstallation.seed(simulator.state(), launch.pppSecrets());
        if (!launch.online().isEmpty()) {
            DemoCustomers.start(simulator, launch.online());
        }
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

    /**
     * How to start: the simulator's configuration, how many PPP secrets it holds from the start, and which PPPoE
     * users are online moving bytes ({@code --online}, for a demo of monitoring).
     */
    record Launch(SimulatorConfig config, int pppSecrets, List<String> online) {
    }

    /** Defaults are those of {@link SimulatorConfig#defaults()}, on the API's own port 8728 (8729 with TLS). */
    static SimulatorConfig configFrom(String... args) {
        return launchFrom(args).config();
    }

    static Launch launchFrom(String... args) {
        SimulatorConfig config = SimulatorConfig.defaults();
        Integer port = null;
        int secrets = 0;
        List<String> online = List.of();
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
                case "--ppp-secrets" -> secrets = count(value);
                case "--online" -> online = users(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new Launch(config.withPort(port != null ? port : config.tls() ? 8729 : 8728), secrets, online);
    }

    private static int count(String value) {
        try {
            int count = Integer.parseInt(value);
            if (count >= 0 && count <= ExistingInstallation.MAX_SECRETS) {
                return count;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--ppp-secrets takes a number from 0 to " + ExistingInstallation.MAX_SECRETS
                + ", not " + value);
    }

    private static List<String> users(String value) {
        List<String> users = List.of(value.split(",", -1));
        if (users.stream().anyMatch(user -> user.isBlank() || user.length() > 64)) {
            throw new IllegalArgumentException("--online takes PPPoE user names separated by commas, not " + value);
        }
        return users;
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port takes a number, not " + value, e);
        }
    }
}
