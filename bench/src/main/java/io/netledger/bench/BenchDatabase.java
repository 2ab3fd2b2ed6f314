package io.netledger.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the run's data goes. With NETLEDGER_DB_URL the bench creates a database of its own
 * on that server and drops it afterwards, so it never writes into real data; without it
 * the app starts its embedded PostgreSQL (in the bench's {@link DataDirectory}).
 */
final class BenchDatabase implements AutoCloseable {

    private static final Pattern POSTGRES_URL = Pattern.compile("^(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?$");

    private final String serverUrl;
    private final String user;
    private final String password;
    private final String name;
    /** Drops the database when the bench is stopped (Ctrl-C, SIGTERM) before it could close it itself. */
    private final Thread dropOnExit = new Thread(this::dropQuietly, "drop-bench-database");
    private final AtomicBoolean dropped = new AtomicBoolean();

    private BenchDatabase(String serverUrl, String user, String password, String name) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    static BenchDatabase fromEnvironment() throws SQLException {
        String url = setting("netledger.db.url", "NETLEDGER_DB_URL");
        if (url == null || url.isBlank()) {
            return new BenchDatabase(null, null, null, null);
        }
        String name = "netledger_bench_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
        BenchDatabase database = new BenchDatabase(url, setting("netledger.db.user", "NETLEDGER_DB_USER"),
                setting("netledger.db.password", "NETLEDGER_DB_PASSWORD"), name);
        database.execute("create database " + name);
        Runtime.getRuntime().addShutdownHook(database.dropOnExit);
        return database;
    }

    boolean external() {
        return serverUrl != null;
    }

    /** Command-line arguments outrank the environment, so NETLEDGER_DB_URL cannot win over the fresh database. */
    List<String> springArguments() {
        List<String> arguments = new ArrayList<>();
        if (external()) {
            arguments.add("--netledger.db.url=" + url());
        }
        return arguments;
    }

    String describe() {
        if (!external()) {
            return "embedded PostgreSQL (netledger default, no NETLEDGER_DB_URL)";
        }
        return "external " + url().replaceAll("(?i)([?&]password=)[^&]*", "$1***")
                + (user == null ? "" : " as " + user) + " (fresh database, dropped afterwards)";
    }

    /** Drops the run's database; call after the Spring context closed its pool. */
    @Override
    public void close() throws SQLException {
        if (external() && dropped.compareAndSet(false, true)) {
            execute("drop database if exists " + name + " with (force)");
            try {
                Runtime.getRuntime().removeShutdownHook(dropOnExit);
            } catch (IllegalStateException e) {
                // already shutting down: the hook finds the database dropped
            }
        }
    }

    private void dropQuietly() {
        try {
            close();
        } catch (SQLException e) {
            System.err.println("could not drop " + name + ", drop it by hand: " + e.getMessage());
        }
    }

    private String url() {
        Matcher parts = POSTGRES_URL.matcher(serverUrl);
        if (!parts.matches()) {
            throw new IllegalArgumentException("NETLEDGER_DB_URL is not a jdbc:postgresql:// url");
        }
        return parts.group(1) + "/" + name + (parts.group(3) == null ? "" : parts.group(3));
    }

    /** CREATE and DROP DATABASE run on the server the user named, outside the fresh database. */
    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The same precedence Spring gives them: a system property before the environment variable. */
    static String setting(String property, String environmentVariable) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(environmentVariable);
    }
}
