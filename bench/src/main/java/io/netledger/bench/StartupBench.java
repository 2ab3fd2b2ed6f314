package io.netledger.bench;

import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Start-up to healthy ({@code startup [--runs=R] [--jar=app/target/netledger.jar] [--jvm-opts="..."]
 * [--java=PATH] [--databases=external,embedded] [--timeout=S] [--spring.property=value]}): starts the
 * real application jar R times in a row as a process of its own, against a fresh database on the
 * external server (NETLEDGER_DB_URL) and against the embedded default in a fresh data directory. The
 * first start of each migrates an empty database; the later ones restart on it. Each is timed from
 * starting the process until {@code GET /actuator/health/readiness} answers 200 UP, then stopped with
 * SIGTERM and timed until it exited. The goals: a restart ready in ≤ 10 s, a graceful shutdown
 * in ≤ 2 s.
 */
final class StartupBench {

    static final double GOAL_RESTART_SECONDS = 10;
    static final double GOAL_SHUTDOWN_SECONDS = 2;
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(60);
    private static final List<String> DATABASE_VARIABLES = List.of("NETLEDGER_DB_URL", "NETLEDGER_DB_USER",
            "NETLEDGER_DB_PASSWORD");

    /** One start and stop of the app. */
    private record Start(String database, int run, long readyNanos, double startedIn, double runningFor,
            Optional<ProcessMemory> memory, AppProcess.Stop stop, Optional<String> orphan) {

        boolean restart() {
            return run > 1;
        }
    }

    private StartupBench() {
    }

    static void run(String[] args) throws Exception {
        int runs = 3;
        Path jar = Path.of("app/target/netledger.jar");
        String jvmOptions = "";
        String java = ChildProcesses.java();
        Duration timeout = Duration.ofSeconds(120);
        List<String> databases = null;
        List<String> appArguments = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--runs=")) {
                runs = Integer.parseInt(arg.substring("--runs=".length()));
            } else if (arg.startsWith("--jar=")) {
                jar = Path.of(arg.substring("--jar=".length()));
            } else if (arg.startsWith("--jvm-opts=")) {
                jvmOptions = arg.substring("--jvm-opts=".length());
            } else if (arg.startsWith("--java=")) {
                java = arg.substring("--java=".length());
            } else if (arg.startsWith("--timeout=")) {
                timeout = Duration.ofSeconds(Long.parseLong(arg.substring("--timeout=".length())));
            } else if (arg.startsWith("--databases=")) {
                databases = Arrays.asList(arg.substring("--databases=".length()).split(","));
            } else if (arg.startsWith("--netledger.db.url=") || arg.startsWith("--netledger.data-dir=")
                    || arg.startsWith("--server.port=")) {
                throw new IllegalArgumentException("the bench sets " + arg.substring(0, arg.indexOf('='))
                        + " itself (give the server as NETLEDGER_DB_URL)");
            } else if (arg.startsWith("--") && arg.contains("=")) {
                appArguments.add(arg);
            } else {
                throw new IllegalArgumentException("unknown argument " + arg + "; use --runs=R --jar=PATH"
                        + " --jvm-opts=\"...\" --java=PATH --databases=external,embedded --timeout=S"
                        + " or --spring.property=value");
            }
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar.toAbsolutePath() + " does not exist: build the app first"
                    + " (./mvnw -q -B -o install -DskipTests) or give --jar=PATH");
        }
        String serverUrl = BenchDatabase.setting("netledger.db.url", "NETLEDGER_DB_URL");
        boolean haveServer = serverUrl != null && !serverUrl.isBlank();
        List<String> notes = new ArrayList<>();
        if (databases == null) {
            databases = haveServer ? List.of("external", "embedded") : List.of("embedded");
            if (!haveServer) {
                notes.add("no NETLEDGER_DB_URL: the external database was not measured");
            }
        }
        for (String database : databases) {
            if (!database.equals("external") && !database.equals("embedded")) {
                throw new IllegalArgumentException("--databases takes external and/or embedded, not " + database);
            }
            if (database.equals("external") && !haveServer) {
                throw new IllegalArgumentException("--databases=external needs NETLEDGER_DB_URL");
            }
        }

        Path logs = Files.createTempDirectory("netledger-startup-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(ChildProcesses.options(jvmOptions));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        PrintStream progress = System.err;
        List<Start> starts = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (String database : databases) {
            boolean external = database.equals("external");
            try (DataDirectory dataDirectory = DataDirectory.temporary();
                    BenchDatabase server = external ? BenchDatabase.fromEnvironment() : null) {
                described.add(database + ": " + (external ? server.describe()
                        : "embedded PostgreSQL in " + dataDirectory.describe()));
                for (int run = 1; run <= runs; run++) {
                    List<String> arguments = new ArrayList<>(command);
                    int port = freePort();
                    arguments.add("--server.port=" + port);
                    arguments.add(dataDirectory.springArgument());
                    // A known password keeps the first start from printing a generated one to the log.
                    arguments.add("--netledger.admin.password=" + BenchMain.ADMIN_PASSWORD);
                    if (external) {
                        arguments.addAll(server.springArguments());
                    }
                    arguments.addAll(appArguments);
                    Map<String, String> environment = new HashMap<>();
                    environment.put("NETLEDGER_DATA_DIR", null);
                    if (!external) {
                        DATABASE_VARIABLES.forEach(name -> environment.put(name, null));
                    }
                    progress.printf("%s database, start %d of %d%s%n", database, run, runs,
                            run == 1 ? " (an empty database: migrates it)" : "");
                    starts.add(once(database, run, arguments, environment, dataDirectory.path(),
                            logs.resolve(database + "-" + run + ".log"), port, timeout, progress));
                }
            }
        }
        print(System.out, jar, java, jvmOptions, appArguments, logs, described, notes, starts);
    }

    private static Start once(String database, int run, List<String> command, Map<String, String> environment,
            Path dataDirectory, Path log, int port, Duration timeout, PrintStream progress) throws Exception {
        try (AppProcess app = AppProcess.start(command, environment, dataDirectory, log)) {
            long ready = app.awaitReady(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"),
                    timeout);
            Optional<ProcessMemory> memory = ProcessMemory.of(app.pid());
            progress.printf("  ready after %.2f s, stopping it%n", ready / 1e9);
            AppProcess.Stop stop = app.stop(SHUTDOWN_GRACE);
            return new Start(database, run, ready, app.startedIn(), app.runningFor(), memory, stop, app.orphan());
        }
    }

    private static void print(PrintStream out, Path jar, String java, String jvmOptions, List<String> appArguments,
            Path logs, List<String> described, List<String> notes, List<Start> starts) {
        out.println();
        out.printf("NetLedger start-up: %s, %d start(s) per database, the first on an empty database%n", jar,
                starts.stream().mapToInt(Start::run).max().orElse(0));
        out.println("  java:         " + java);
        out.println("  jvm options:  " + (jvmOptions.isBlank() ? "(none)" : jvmOptions.strip()));
        if (!appArguments.isEmpty()) {
            out.println("  app args:     " + String.join(" ", appArguments));
        }
        described.forEach(line -> out.println("  " + line));
        out.println("  cpus:         " + Runtime.getRuntime().availableProcessors());
        out.println("  logs:         " + logs + " (one file per start)");
        notes.forEach(note -> out.println("  note: " + note));
        out.printf("%n%-9s %-12s %4s %10s %12s %9s %12s %11s %s%n", "database", "start", "run", "ready s",
                "Started in s", "JVM up s", "RSS MB ready", "shutdown s", "stopped");
        for (Start s : starts) {
            out.printf("%-9s %-12s %4d %10.2f %12.2f %9.2f %12s %11.2f %s%n", s.database(),
                    s.restart() ? "restart" : "first start", s.run(), s.readyNanos() / 1e9, s.startedIn(),
                    s.runningFor(), s.memory().map(m -> String.format("%.0f", m.rssMb())).orElse("?"),
                    s.stop().nanos() / 1e9, s.stop().graceful() ? "SIGTERM, exit " + s.stop().exitCode()
                            : "KILLED after " + SHUTDOWN_GRACE.toSeconds() + " s");
            s.orphan().ifPresent(o -> out.println("  warning: " + o));
        }
        out.println("ready s: from starting the process until GET /actuator/health/readiness answered 200 UP;"
                + " Started in s and JVM up s: Spring Boot's log line (\"Started ... in X seconds (process running"
                + " for Y)\"); shutdown s: from SIGTERM until the process exited");
        out.println();
        for (String database : starts.stream().map(Start::database).distinct().toList()) {
            double[] restarts = starts.stream().filter(s -> s.database().equals(database) && s.restart())
                    .mapToDouble(s -> s.readyNanos() / 1e9).sorted().toArray();
            if (restarts.length == 0) {
                out.printf("goal restart on an existing database ready in <= %.0f s, %s: not measured (--runs=1"
                        + " starts on an empty database only)%n", GOAL_RESTART_SECONDS, database);
            } else {
                double worst = restarts[restarts.length - 1];
                out.printf("goal restart on an existing database ready in <= %.0f s, %s: %s (median %.2f s,"
                        + " worst %.2f s over %d restart(s))%n", GOAL_RESTART_SECONDS, database,
                        worst <= GOAL_RESTART_SECONDS ? "met" : "NOT met", median(restarts), worst,
                        restarts.length);
            }
        }
        double worstShutdown = starts.stream().mapToDouble(s -> s.stop().nanos() / 1e9).max().orElse(Double.NaN);
        boolean allGraceful = starts.stream().allMatch(s -> s.stop().graceful());
        out.printf("goal graceful shutdown in <= %.0f s: %s (worst %.2f s%s)%n", GOAL_SHUTDOWN_SECONDS,
                allGraceful && worstShutdown <= GOAL_SHUTDOWN_SECONDS ? "met" : "NOT met", worstShutdown,
                allGraceful ? "" : ", some starts had to be killed");
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
