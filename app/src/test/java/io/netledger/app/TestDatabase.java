package io.netledger.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh database for each test run: on the server named by NETLEDGER_TEST_DB_URL (CI uses
 * the machine's PostgreSQL), or else on an embedded PostgreSQL started for this JVM.
 */
public final class TestDatabase {

    /** What the suite needs of a server: .ci/run raises the machine's PostgreSQL to it. */
    static final int MAX_CONNECTIONS = 300;
    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?$");
    private static String server;
    private static EmbeddedPostgres embedded;

    private TestDatabase() {
    }

    public static String user() {
        return env("NETLEDGER_TEST_DB_USER", "postgres");
    }

    public static String password() {
        return env("NETLEDGER_TEST_DB_PASSWORD", "");
    }

    /** Creates a new, empty database and answers its JDBC URL. */
    public static synchronized String createDatabase() {
        String base = server();
        String name = "netledger_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF));
        try (Connection connection = DriverManager.getConnection(base, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + base, e);
        }
        Matcher url = JDBC_URL.matcher(base);
        if (!url.matches()) {
            throw new IllegalStateException("NETLEDGER_TEST_DB_URL is not a jdbc:postgresql://host:port/db URL: " + base);
        }
        return url.group(1) + name + (url.group(3) == null ? "" : url.group(3));
    }

    /**
     * A copy of the database at {@code url} as it is now, as a backup restored later would be; answers its URL.
     * Nothing may be connected to the original while it is copied.
     */
    public static synchronized String copyOf(String url) {
        Matcher original = JDBC_URL.matcher(url);
        if (!original.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host:port/db URL: " + url);
        }
        String name = original.group(2) + "_copy";
        try (Connection connection = DriverManager.getConnection(server(), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " template " + original.group(2));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy the test database " + url, e);
        }
        return original.group(1) + name + (original.group(3) == null ? "" : original.group(3));
    }

    private static String server() {
        if (server == null) {
            String configured = System.getenv("NETLEDGER_TEST_DB_URL");
            server = configured != null && !configured.isBlank() ? configured : startEmbedded();
            dropLeftovers(server);
        }
        return server;
    }

    /**
     * Databases of earlier runs on a shared server, once they are a day old: a run going on beside
     * this one (another module's tests, a second worktree) keeps its databases, even between two
     * connections.
     */
    private static void dropLeftovers(String base) {
        String dayAgo = LocalDateTime.now().minusDays(1).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        try (Connection connection = DriverManager.getConnection(base, user(), password());
                Statement statement = connection.createStatement()) {
            var names = new java.util.ArrayList<String>();
            try (var rows = statement.executeQuery(
                    "select datname from pg_database where datname like 'netledger\\_test\\_%'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                String made = name.substring("netledger_test_".length()).split("_")[0];
                if (made.compareTo(dayAgo) > 0) {
                    continue;
                }
                try {
                    statement.execute("drop database if exists " + name);
                } catch (SQLException inUse) {
                    // another run is using it
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the test database server " + base, e);
        }
    }

    private static String startEmbedded() {
        try {
            embedded = EmbeddedPostgres.builder()
                    .setDataDirectory(Files.createTempDirectory("netledger-test-pg"))
                    .setCleanDataDirectory(true)
                    // A dozen application contexts stay alive side by side during the suite (README, "Test it").
                    .setServerConfig("max_connections", String.valueOf(MAX_CONNECTIONS))
                    .start();
            return embedded.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start an embedded PostgreSQL for the tests", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
