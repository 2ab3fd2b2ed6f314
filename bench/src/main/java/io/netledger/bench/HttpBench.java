package io.netledger.bench;

import io.netledger.api.Ids;
import io.netledger.api.IspCalendar;
import io.netledger.api.customer.RegisterCustomer;
import io.netledger.app.NetLedgerProperties;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole HTTP path as clients see it ({@code http [--count=N] [--requests=R] [--post-clients=16]
 * [--get-clients=50] [--client-jvm-opts="..."]}): NetLedger with its web server in this JVM, and a load
 * generator in another ({@link LoadClient}) over loopback, through Tomcat, the security chain and the
 * token check. N {@code POST /api/v1/customers} from 16 clients, then R {@code GET /api/v1/customers/{id}}
 * of random created customers from 50. Baselines from the same run, in this JVM: the same number of
 * {@code RegisterCustomer} through the CommandGateway at 16 in flight, and a bare {@code SELECT} by
 * primary key through the app's DataSource at 50; and the floor of the web stack: R {@code GET
 * /actuator/health/liveness} from the same 50 clients, a request that Tomcat, a security chain, MVC and
 * Jackson answer without a token check or a database. The goals: ≥ 1,000 creates/s, GET by id
 * p99 ≤ 10 ms at 50 clients, the server's RSS ≤ 512 MB.
 */
final class HttpBench {

    static final double GOAL_CREATES_PER_SECOND = 1_000;
    static final double GOAL_GET_P99_MS = 10;
    static final double GOAL_RSS_MB = 512;
    /** A light client: one GC thread and a small heap leave the cores to the server. */
    static final String DEFAULT_CLIENT_JVM_OPTIONS = "-Xms64m -Xmx256m -XX:+UseSerialGC";
    /** The in-process baseline's customers are numbered from here: their emails never meet the HTTP ones. */
    private static final long BASELINE_CUSTOMERS = 100_000_000L;
    private static final LocalDate REGISTERED = IspCalendar.wib().today();
    private static final String LIVENESS = "GET /actuator/health/liveness";

    private HttpBench() {
    }

    static void run(String[] args) throws Exception {
        int postClients = 16;
        int getClients = 50;
        int requests = -1;
        String clientJvmOptions = DEFAULT_CLIENT_JVM_OPTIONS;
        List<String> rest = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--post-clients=")) {
                postClients = Integer.parseInt(arg.substring("--post-clients=".length()));
            } else if (arg.startsWith("--get-clients=")) {
                getClients = Integer.parseInt(arg.substring("--get-clients=".length()));
            } else if (arg.startsWith("--requests=")) {
                requests = Integer.parseInt(arg.substring("--requests=".length()));
            } else if (arg.startsWith("--client-jvm-opts=")) {
                clientJvmOptions = arg.substring("--client-jvm-opts=".length());
            } else {
                rest.add(arg);
            }
        }
        BenchSettings settings = BenchSettings.from(rest.toArray(String[]::new));
        int creates = settings.count();
        int reads = requests < 0 ? creates : requests;
        if (postClients < 1 || getClients < 1 || reads < 1) {
            throw new IllegalArgumentException("--post-clients, --get-clients and --requests must be at least 1");
        }
        PrintStream progress = System.err;
        Path work = Files.createTempDirectory("netledger-http-bench-");
        try (DataDirectory dataDirectory = DataDirectory.fromEnvironment();
                BenchDatabase database = BenchDatabase.fromEnvironment();
                ConfigurableApplicationContext context = BenchMain.startWithWebServer(dataDirectory, database,
                        settings)) {
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            DataSource dataSource = context.getBean(DataSource.class);
            ReadSide readSide = new ReadSide(context.getBean(EventProcessingConfiguration.class), dataSource);
            awaitReadSide(readSide, System.nanoTime(), settings);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String token = AdminLogin.token(http, URI.create(base + "/api/v1/auth/login"),
                    context.getBean(NetLedgerProperties.class).admin().email());
            Optional<ProcessMemory> started = ProcessMemory.self();
            LoadClientProcess client = new LoadClientProcess(ChildProcesses.options(clientJvmOptions), token, base,
                    progress);

            Path ids = work.resolve("customer-ids");
            LoadResult posted = client.post("POST /api/v1/customers", postClients, settings.warmUp(), creates, 0,
                    ids);
            double postCatchUp = awaitReadSide(readSide, posted.endedAtNanoTime(), settings);
            // Autovacuum would analyze the grown table soon; done here so every run plans on the same statistics.
            execute(dataSource, "analyze customers");
            long customers = count(dataSource, "select count(*) from customers");
            LoadResult read = client.get("GET /api/v1/customers/{id}", getClients, settings.warmUp(), reads, ids);
            LoadResult floor = client.path(LIVENESS, getClients, settings.warmUp(), reads, "/actuator/health/liveness");
            Optional<ProcessMemory> afterHttp = ProcessMemory.self();

            long[] createdIds = Files.readAllLines(ids).stream().mapToLong(Long::parseLong).toArray();
            progress.printf("running the bare SELECT by id with %d in flight: %d warm-up, %d measured%n", getClients,
                    settings.warmUp(), reads);
            ScenarioResult selected = ClosedLoopRunner.run("SELECT customers by id (JDBC)", getClients,
                    settings.warmUp(), reads, select(dataSource, createdIds));
            progress.printf("running RegisterCustomer through the CommandGateway with %d in flight: %d warm-up,"
                    + " %d measured%n", postClients, settings.warmUp(), creates);
            ScenarioResult registered = ClosedLoopRunner.run("RegisterCustomer (gateway)", postClients,
                    settings.warmUp(), creates, register(context.getBean(CommandGateway.class)));
            double registerCatchUp = awaitReadSide(readSide, System.nanoTime(), settings);
            Optional<ProcessMemory> atEnd = ProcessMemory.self();

            PrintStream out = System.out;
            out.println();
            out.printf("NetLedger http: %,d creates from %d clients, %,d GETs by id from %d clients, after %,d"
                    + " warm-up requests each%n", creates, postClients, reads, getClients, settings.warmUp());
            RunSetup.describe(context, database, dataDirectory).stream()
                    .filter(line -> !line.startsWith("event size"))
                    .forEach(line -> out.println("  " + line));
            out.println("  server jvm: " + jvmOptions() + "; GC " + collectors());
            out.println("  client jvm: a separate process, " + clientJvmOptions);
            if (!settings.appProperties().isEmpty()) {
                out.println("  overrides:  " + String.join(" ", settings.appProperties()));
            }
            out.printf("  customers:  %,d in the table during the GETs; the read side caught up %.2f s after the last"
                    + " HTTP create and %.2f s after the last gateway one%n", customers, postCatchUp, registerCatchUp);
            out.printf("%n%-34s %7s %8s %8s %9s %8s %8s %8s %8s%n", "scenario", "clients", "requests", "seconds",
                    "ok/s", "p50 ms", "p99 ms", "max ms", "not 2xx");
            row(out, posted);
            row(out, registered);
            row(out, read);
            row(out, floor);
            row(out, selected);
            out.println("ok/s counts 2xx answers only; latencies are of 2xx answers, from sending the request to"
                    + " the last byte of the body, measured by the client");
            for (LoadResult phase : List.of(posted, read, floor)) {
                if (phase.notOk() > 0 || phase.warmUpNotOk() > 0) {
                    out.printf("%s: %d of %d measured requests not 2xx (statuses %s, %d without an answer),"
                            + " %d in the warm-up; first: %s%n", phase.name(), phase.notOk(), phase.requests(),
                            phase.statuses(), phase.failures(), phase.warmUpNotOk(), phase.firstProblem());
                }
            }
            out.println("server memory: " + memory("after start-up and login", started) + "; "
                    + memory("after the HTTP phases", afterHttp) + "; " + memory("at the end", atEnd));
            verdicts(out, posted, registered, read, selected, afterHttp);
            floor(out, floor);
        } finally {
            deleteRecursively(work);
        }
    }

    private static void verdicts(PrintStream out, LoadResult posted, ScenarioResult registered, LoadResult read,
            ScenarioResult selected, Optional<ProcessMemory> afterHttp) {
        out.println();
        boolean createsMet = posted.notOk() == 0 && posted.okPerSecond() >= GOAL_CREATES_PER_SECOND;
        out.printf("goal >= %,.0f creates/s over HTTP at %d clients: %s (%,.0f/s%s; the gateway in-process %,.0f/s)%n",
                GOAL_CREATES_PER_SECOND, posted.clients(), met(createsMet), posted.okPerSecond(),
                posted.notOk() == 0 ? "" : ", " + posted.notOk() + " not 2xx", registered.opsPerSecond());
        boolean readsMet = read.notOk() == 0 && read.p99Millis() <= GOAL_GET_P99_MS;
        out.printf("goal GET by id p99 <= %.0f ms at %d clients: %s (p99 %.2f ms%s; bare SELECT p99 %.2f ms)%n",
                GOAL_GET_P99_MS, read.clients(), met(readsMet), read.p99Millis(),
                read.notOk() == 0 ? "" : ", " + read.notOk() + " not 2xx", selected.p99Millis());
        out.println(afterHttp.map(m -> String.format("goal server RSS <= %.0f MB: %s (VmHWM %.0f MB through the HTTP"
                + " phases)", GOAL_RSS_MB, met(m.peakMb() <= GOAL_RSS_MB), m.peakMb()))
                .orElse("goal server RSS: not measured (no /proc/self/status)"));
    }

    /**
     * With C clients in a closed loop, mean latency is C ÷ throughput (Little's law): what the empty request
     * reaches bounds what any endpoint can, on this machine.
     */
    private static void floor(PrintStream out, LoadResult floor) {
        out.printf("the web stack's floor: %s at %d clients ran at %,.0f/s, p50 %.2f ms, p99 %.2f ms; at that rate"
                + " %d clients wait %.1f ms on average, so no endpoint can answer faster here%n", LIVENESS,
                floor.clients(), floor.okPerSecond(), floor.p50Millis(), floor.p99Millis(), floor.clients(),
                floor.okPerSecond() > 0 ? 1000.0 * floor.clients() / floor.okPerSecond() : Double.NaN);
    }

    private static String met(boolean met) {
        return met ? "met" : "NOT met";
    }

    private static void row(PrintStream out, LoadResult r) {
        out.printf("%-34s %7d %8d %8.1f %,9.0f %8.2f %8.2f %8.2f %8d%n", r.name() + " (HTTP)", r.clients(),
                r.requests(), r.seconds(), r.okPerSecond(), r.p50Millis(), r.p99Millis(), r.maxMillis(), r.notOk());
    }

    private static void row(PrintStream out, ScenarioResult r) {
        out.printf("%-34s %7d %8d %8.1f %,9.0f %8.2f %8.2f %8s %8s%n", r.name(), r.inFlight(), r.count(),
                r.seconds(), r.opsPerSecond(), r.p50Millis(), r.p99Millis(), "-", "-");
    }

    private static String memory(String when, Optional<ProcessMemory> memory) {
        return when + " " + memory.map(m -> String.format("VmRSS %.0f MB, VmHWM %.0f MB", m.rssMb(), m.peakMb()))
                .orElse("unknown");
    }

    private static String jvmOptions() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return (options.isEmpty() ? "no options" : String.join(" ", options)) + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, "
                + Runtime.getRuntime().availableProcessors() + " CPUs";
    }

    private static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
    }

    /** Seconds from {@code since} until every processor was at the head; the run stops when they do not get there. */
    private static double awaitReadSide(ReadSide readSide, long since, BenchSettings settings) throws Exception {
        long nanos = readSide.awaitAllProcessors(since, settings.catchUpTimeout());
        if (nanos < 0) {
            throw new IllegalStateException("the read side did not catch up within " + settings.catchUpTimeout());
        }
        return nanos / 1e9;
    }

    /** The floor under GET by id: one primary-key lookup of the whole row, through the app's pool. */
    private static Operation select(DataSource dataSource, long[] ids) {
        return () -> {
            long id = ids[ThreadLocalRandom.current().nextInt(ids.length)];
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement select = connection.prepareStatement("select * from customers where id = ?")) {
                select.setLong(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("no customer " + id);
                    }
                    for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                        row.getObject(column);
                    }
                }
            }
        };
    }

    /** What the controller sends for each POST, without HTTP, security or JSON in front of it. */
    private static Operation register(CommandGateway commands) {
        AtomicLong next = new AtomicLong(BASELINE_CUSTOMERS);
        return () -> commands.sendAndWait(new RegisterCustomer(Ids.next(), null,
                IndonesianNames.customer(next.getAndIncrement()), REGISTERED));
    }

    private static void execute(DataSource dataSource, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(DataSource dataSource, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
