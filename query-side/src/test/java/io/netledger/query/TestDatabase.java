package io.netledger.query;

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
 * A fresh database for each test JVM, as app's end-to-end tests have it: on the server named
 * by NETLEDGER_TEST_DB_URL (CI uses the machine's PostgreSQL), or else on an embedded
 * PostgreSQL. Its name has the app's test prefix, so app's test runs drop it once unused.
 */
final class TestDatabase {

    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?$");
    private static String url;
    private static EmbeddedPostgres embedded;

    private TestDatabase() {
    }

    static String user() {
        return env("NETLEDGER_TEST_DB_USER", "postgres");
    }

    static String password() {
        return env("NETLEDGER_TEST_DB_PASSWORD", "");
    }

    /** The JDBC URL of this JVM's database, created on first use. */
    static synchronized String url() {
        if (url == null) {
            url = create(server());
        }
        return url;
    }

    private static String create(String server) {
        String name = "netledger_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_q" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF));
        try (Connection connection = DriverManager.getConnection(server, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + server, e);
        }
        Matcher parts = JDBC_URL.matcher(server);
        if (!parts.matches()) {
            throw new IllegalStateException("NETLEDGER_TEST_DB_URL is not a jdbc:postgresql://host:port/db URL: "
                    + server);
        }
        return parts.group(1) + name + (parts.group(3) == null ? "" : parts.group(3));
    }

    private static String server() {
        String configured = System.getenv("NETLEDGER_TEST_DB_URL");
        return configured != null && !configured.isBlank() ? configured : startEmbedded();
    }

    private static String startEmbedded() {
        try {
            embedded = EmbeddedPostgres.builder()
                    .setDataDirectory(Files.createTempDirectory("netledger-query-test-pg"))
                    .setCleanDataDirectory(true)
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
