package io.netledger.bench;

import io.netledger.NetLedgerApplication;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts NetLedger against a database of its own, runs the benchmark and prints the
 * report. Exits 0 when the benchmark ran, whether or not the target was met (the report
 * says PASS or FAIL), and 1 when it could not run. With {@code router} as the first
 * argument it runs {@link EnsureSecretBench} instead, against a RouterOS simulator; with {@code billing}
 * {@link BillingBench}; with {@code provisioning} {@link ProvisioningBench}; with {@code search}
 * {@link SearchBench}; with {@code http} {@link HttpBench}; with {@code startup} {@link StartupBench}; with
 * {@code integrity} {@link IntegrityBench}; with {@code export} {@link ExportBench}; with
 * {@code rebuild} {@link RebuildBench}; with {@code cpe-sync} {@link CpeSyncBench}; with {@code network-logs}
 * {@link NetworkLogPagingBench}; with {@code syslog} {@link SyslogBench}; with {@code monitoring}
 * {@link MonitoringBench}.
 * {@code load-client} is not a scenario: it is the HTTP load generator that {@code http} starts in a
 * JVM of its own ({@link LoadClient}).
 */
public final class BenchMain {

    /** The first admin's password in this run, for benches that log in over HTTP. */
    static final String ADMIN_PASSWORD = UUID.randomUUID().toString();

    private BenchMain() {
    }

    public static void main(String[] args) {
        // Axon's update checker calls the internet at start-up and reads only this JVM property.
        System.setProperty("axoniq.update-checker.disabled", "true");
        int exitCode;
        try {
            if (args.length > 0 && args[0].equals("router")) {
                EnsureSecretBench.main(Arrays.copyOfRange(args, 1, args.length));
            } else if (args.length > 0 && args[0].equals("provisioning")) {
                ProvisioningBench.run(Arrays.copyOfRange(args, 1, args.length));
            } else if (args.length > 0 && args[0].equals("search")) {
                SearchBench.run(Arrays.copyOfRange(args, 1, args.length));
            } else if (args.length > 0 && args[0].equals("http")) {
                HttpBench.run(Arrays.copyOfRange(args, 1, args.length));
            } else if (args.length > 0 && args[0].equals("startup")) {
                StartupBench.run(Arrays.copyOfRange(args, 1, args.length));
            } else if (args.length > 0 && args[0].equals("load-client")) {
                LoadClient.main(Arrays.copyOfRange(args, 1, args.length));
            } else if (args.length > 0 && args[0].equals("export")) {
                ExportBench.run(Arrays.copyOfRange(args, 1, args.length));
            } else if (args.length > 0 && args[0].equals("integrity")) {
                IntegrityBench.run(Arrays.copyOfRange(args, 1, args.length));
            } else if (args.length > 0 && args[0].equals("rebuild")) {
                RebuildBench.run(Arrays.copyOfRange(args, 1, args.length));
            } else if (args.length > 0 && args[0].equals("cpe-sync")) {
                CpeSyncBench.run(Arrays.copyOfRange(args, 1, args.length));
            } else if (args.length > 0 && args[0].equals("syslog")) {
                SyslogBench.run(Arrays.copyOfRange(args, 1, args.length));
            } else if (args.length > 0 && args[0].equals("network-logs")) {
                NetworkLogPagingBench.run(Arrays.copyOfRange(args, 1, args.length));
            } else if (args.length > 0 && args[0].equals("monitoring")) {
                MonitoringBench.run(Arrays.copyOfRange(args, 1, args.length));
            } else if (args.length > 0 && args[0].equals("billing")) {
                BillingBench.run(BenchSettings.from(Arrays.copyOfRange(args, 1, args.length)));
            } else {
                run(BenchSettings.from(args));
            }
            exitCode = 0;
        } catch (Throwable e) {
            // Errors too: a NoClassDefFoundError (say, the jar rebuilt under a running JVM) must still end the run.
            System.err.println("bench failed: " + e);
            e.printStackTrace();
            exitCode = 1;
        }
        // Non-daemon threads of a half-started context (Tomcat, Hikari) must not keep the JVM alive.
        System.exit(exitCode);
    }

    private static void run(BenchSettings settings) throws Exception {
        // Closed in reverse order: the context (pool, embedded PostgreSQL) before its database and directory.
        try (DataDirectory dataDirectory = DataDirectory.fromEnvironment();
                BenchDatabase database = BenchDatabase.fromEnvironment();
                ConfigurableApplicationContext context = start(dataDirectory, database, settings)) {
            Report report = new Benchmark(context, settings, System.err).run(database, dataDirectory);
            report.print(System.out);
        }
    }

    static ConfigurableApplicationContext start(DataDirectory dataDirectory, BenchDatabase database,
            BenchSettings settings) {
        // Commands go straight to the CommandGateway: no web server, nothing else on the CPU.
        return new SpringApplicationBuilder(NetLedgerApplication.class)
                .web(WebApplicationType.NONE)
                .run(arguments(dataDirectory, database, settings));
    }

    /** With the web server on a free port, for benches that come in over HTTP as a gateway's webhook does. */
    static ConfigurableApplicationContext startWithWebServer(DataDirectory dataDirectory, BenchDatabase database,
            BenchSettings settings) {
        List<String> arguments = new ArrayList<>(List.of(arguments(dataDirectory, database, settings)));
        arguments.add("--server.port=0");
        return new SpringApplicationBuilder(NetLedgerApplication.class).run(arguments.toArray(String[]::new));
    }

    private static String[] arguments(DataDirectory dataDirectory, BenchDatabase database, BenchSettings settings) {
        List<String> arguments = new ArrayList<>(database.springArguments());
        arguments.add(dataDirectory.springArgument());
        // A known password keeps the first-start banner with a generated one out of the output.
        arguments.add("--netledger.admin.password=" + ADMIN_PASSWORD);
        arguments.add("--spring.main.banner-mode=off");
        arguments.add("--logging.level.root=WARN");
        arguments.addAll(settings.appProperties());
        return arguments.toArray(String[]::new);
    }
}
