package io.netledger.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.netledger.app.NetLedgerProperties;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The syslog receiver at a steady rate ({@code syslog [--lines=N] [--rate=R]}): a registered NAS (its router
 * logging remotely) sends N BSD syslog datagrams (default 300,000) at R a second (default 20,000) from one
 * socket, paced in steps of a millisecond, a mix of PPP logins and logouts, failed logins and firewall hits as
 * RouterOS words them; the bench counts the rows in {@code network_logs} until all are there or none has come
 * for five seconds. The goal: at least 20,000 lines/s received and stored without loss, that is every
 * line of a 20,000/s stream stored, the last within a second of being sent (the stored rate cannot pass the sent).
 */
final class SyslogBench {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"(\\d+)\"");
    static final double GOAL_LINES_PER_SECOND = 20_000;

    private SyslogBench() {
    }

    static void run(String[] args) throws Exception {
        BenchOptions options = BenchOptions.of(args, Map.of("lines", 300_000, "rate", 20_000));
        int lines = options.get("lines");
        int rate = options.get("rate");
        if (lines < 1 || rate < 1) {
            throw new IllegalArgumentException("--lines and --rate must be at least 1");
        }
        BenchSettings settings = BenchSettings.from(options.rest("--netledger.syslog.port=0",
                "--netledger.syslog.bind=127.0.0.1", "--netledger.router-logs.enabled=false"));
        PrintStream out = System.out;
        PrintStream progress = System.err;
        try (DataDirectory dataDirectory = DataDirectory.fromEnvironment();
                BenchDatabase database = BenchDatabase.fromEnvironment();
                ConfigurableApplicationContext context = BenchMain.startWithWebServer(dataDirectory, database,
                        settings)) {
            URI api = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer()
                    .getPort() + "/api/v1/");
            InetSocketAddress receiver = new InetSocketAddress("127.0.0.1",
                    Integer.parseInt(context.getEnvironment().getRequiredProperty("local.syslog.port")));
            DataSource dataSource = context.getBean(DataSource.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String token = AdminLogin.token(http, api.resolve("auth/login"),
                    context.getBean(NetLedgerProperties.class).admin().email());
            long nas = registerNas(http, api, token);
            awaitRow(dataSource, "select count(*) from nas_servers where id = " + nas, 1, Duration.ofSeconds(10));

            try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
                progress.println("warm-up: 2,000 lines");
                send(socket, receiver, 0, 2_000, 20_000);
                awaitRow(dataSource, count(nas), 2_000, Duration.ofSeconds(30));

                progress.printf("sending %,d lines at %,d/s%n", lines, rate);
                long start = System.nanoTime();
                send(socket, receiver, 2_000, lines, rate);
                double sendSeconds = (System.nanoTime() - start) / 1e9;
                long lastGrowth = System.nanoTime();
                long stored = 0;
                long lastStored = -1;
                while (stored < lines + 2_000L && System.nanoTime() - lastGrowth < 5_000_000_000L) {
                    Thread.sleep(50);
                    stored = rows(dataSource, count(nas));
                    if (stored != lastStored) {
                        lastStored = stored;
                        lastGrowth = System.nanoTime();
                    }
                }
                double storeSeconds = (lastGrowth - start) / 1e9;
                long measured = stored - 2_000;
                double dropped = registry.find("netledger.syslog.dropped").counters().stream()
                        .mapToDouble(counter -> counter.count()).sum();
                out.printf("syslog: %,d lines sent at %,.0f/s (asked %,d/s) over %.1f s; %,d stored, %,d lost; "
                                + "the last stored %.1f s after the first was sent: %,.0f lines/s%n", lines,
                        lines / sendSeconds, rate, sendSeconds, measured, lines - measured, storeSeconds,
                        measured / storeSeconds);
                out.printf("receiver: received %,.0f, stored %,.0f, dropped %,.0f (all reasons)%n",
                        registry.counter("netledger.syslog.received").count(),
                        registry.counter("netledger.syslog.stored").count(), dropped);
                // the stored rate cannot pass the sent rate: kept up is every line stored within a second of the last sent
                boolean keptUp = storeSeconds - sendSeconds <= 1.0;
                boolean met = measured == lines && lines / sendSeconds >= GOAL_LINES_PER_SECOND * 0.995 && keptUp;
                out.printf("goal >= %,.0f lines/s stored without loss: %s (%s, the last line stored %.1f s after the last"
                                + " sent)%n", GOAL_LINES_PER_SECOND, met ? "met" : "NOT met",
                        measured == lines ? "none lost" : (lines - measured) + " lost", storeSeconds - sendSeconds);
            }
        }
    }

    /** {@code count} lines from number {@code first} on, at {@code rate} a second, paced every millisecond. */
    private static void send(DatagramSocket socket, InetSocketAddress receiver, int first, int count, int rate)
            throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            byte[] bytes = line(first + i).getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(bytes, bytes.length, receiver));
            long due = start + (long) ((i + 1) * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 1_000_000) {
                LockSupport.parkNanos(wait);
            }
        }
    }

    private static String line(int n) {
        String user = "pelanggan" + (n % 5_000);
        String address = "10.99." + (n % 200) + "." + (1 + n % 250);
        String body = switch (n % 4) {
            case 0 -> "pppoe,ppp,info,account " + user + " logged in, " + address + " from 52:54:00:AA:" + hex(n);
            case 1 -> "firewall,info drop-wan forward: in:<pppoe-" + user + "> out:ether1, connection-state:new "
                    + "src-mac 4c:5e:0c:5a:31:01, proto TCP (SYN), " + address + ":" + (1024 + n % 60_000)
                    + "->93.184.216.34:443, len 60";
            case 2 -> "pppoe,ppp,error <" + Integer.toHexString(n % 65_536) + ">: user " + user + " authentication failed";
            default -> "pppoe,ppp,info,account " + user + " logged out, 3600 1234567 7654321 1000 2000";
        };
        return "<30>Dec  7 10:02:11 MikroTik " + body + " seq=" + n;
    }

    private static String hex(int n) {
        return "%02X:%02X".formatted((n >> 8) & 0xFF, n & 0xFF);
    }

    private static long registerNas(HttpClient http, URI api, String token) throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(api.resolve("nas-servers"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name": "POP syslog bench", "ipAddress": "127.0.0.1", "username": "netledger",
                         "password": "Router-Pw-1", "apiType": "routeros_v7", "configuration": {"logSource": "syslog"}}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = ID.matcher(created.body());
        if (created.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("registering the NAS answered " + created.statusCode() + ": " + created.body());
        }
        return Long.parseLong(id.group(1));
    }

    private static String count(long nas) {
        return "select count(*) from network_logs where nas_server_id = " + nas;
    }

    private static void awaitRow(DataSource dataSource, String sql, long atLeast, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (rows(dataSource, sql) < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not there within " + limit + ": " + sql);
            }
            Thread.sleep(50);
        }
    }

    private static long rows(DataSource dataSource, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
