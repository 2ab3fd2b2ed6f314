package io.netledger.genieacs.nbi;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the NBI double on its own, so NetLedger's CPE flows can be tried without a GenieACS:
 * {@code java -jar genieacs-nbi-double.jar --port 7557 [--api-key secret] [--key-header X-API-Key]
 * [--devices 20]}. The devices are those of {@link DeviceFleet}; {@code POST /_double/devices/<id>/offline},
 * {@code .../online} and {@code .../inform} play the CPE. It serves until the process is stopped.
 */
public final class GenieAcsNbiDoubleMain {

    static final int MAX_DEVICES = 200_000;
    private static final String USAGE = "usage: java -jar genieacs-nbi-double.jar [--port 7557] [--api-key KEY]"
            + " [--key-header X-API-Key] [--devices 0]";

    private GenieAcsNbiDoubleMain() {
    }

    /** How to start. */
    record Launch(int port, String keyHeader, String apiKey, int devices) {
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
        GenieAcsNbiDouble nbi = GenieAcsNbiDouble.start(launch.port(), launch.keyHeader(), launch.apiKey());
        DeviceFleet.seed(nbi.state(), launch.devices());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            nbi.close();
            stopped.countDown();
        }, "genieacs-nbi-double-shutdown"));
        System.out.printf("GenieACS NBI double %s listening on port %d with %d devices%s%n",
                GenieAcsNbiDouble.VERSION, nbi.port(), launch.devices(),
                launch.apiKey() == null ? "" : " (API key required in " + launch.keyHeader() + ")");
        System.out.flush();
        stopped.await();
    }

    static Launch launchFrom(String... args) {
        int port = 7557;
        String header = GenieAcsNbiDouble.DEFAULT_KEY_HEADER;
        String key = null;
        int devices = 0;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option.startsWith("--") ? option + " needs a value"
                        : "unknown argument " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> port = number(option, value, 0, 65_535);
                case "--api-key" -> key = value;
                case "--key-header" -> header = value;
                case "--devices" -> devices = number(option, value, 0, MAX_DEVICES);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new Launch(port, header, key, devices);
    }

    private static int number(String option, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(option + " takes a number from " + min + " to " + max + ", not " + value);
    }
}
