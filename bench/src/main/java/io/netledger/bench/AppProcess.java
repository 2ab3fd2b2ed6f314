package io.netledger.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real application jar as an operator runs it, in a process of its own: started, watched until
 * its readiness probe answers 200 UP, stopped with SIGTERM as a service manager stops it. Its output
 * goes straight to a log file, which is then read for Spring Boot's "Started ... in X seconds" line.
 * Not through a pipe: when a child exits, the JDK closes its pipe under a reader still reading it, and
 * what the app logged while it shut down was lost.
 */
final class AppProcess implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile(
            "Started \\S+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");
    private static final long POLL_MILLIS = 50;
    private static final int TAIL_LINES = 30;

    private final Process process;
    private final long startedAt;
    private final Path postgresData;
    private final Path log;
    private double startedIn = Double.NaN;
    private double runningFor = Double.NaN;
    private String orphan;

    private AppProcess(Process process, long startedAt, Path postgresData, Path log) {
        this.process = process;
        this.startedAt = startedAt;
        this.postgresData = postgresData;
        this.log = log;
    }

    /**
     * Starts {@code command} with the bench's environment changed by {@code environment} (a null value
     * removes the variable); the clock starts just before the process does.
     */
    static AppProcess start(List<String> command, Map<String, String> environment, Path dataDirectory, Path log)
            throws IOException {
        Files.deleteIfExists(log);
        Files.createFile(log);
        // Appending, so that the bench's own notes can go into the same file.
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        Path postgresData = dataDirectory.resolve("postgres");
        long startedAt = System.nanoTime();
        Process process = ChildProcesses.start(builder, () -> stopOrphanedPostgres(postgresData));
        process.getOutputStream().close();
        return new AppProcess(process, startedAt, postgresData, log);
    }

    long pid() {
        return process.pid();
    }

    /** Nanoseconds from the start until {@code readiness} answered 200 with status UP. */
    long awaitReady(URI readiness, Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest probe = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = startedAt + timeout.toNanos();
        while (true) {
            try {
                HttpResponse<String> answer = http.send(probe, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return System.nanoTime() - startedAt;
                }
            } catch (ConnectException | HttpTimeoutException e) {
                // not listening yet, or busy starting
            } catch (IOException e) {
                // the connection closed under the probe while the server came up
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with code " + process.exitValue()
                        + " before it was ready; its last lines (all in " + log + "):\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the app was not ready within " + timeout.toSeconds()
                        + " s; its last lines (all in " + log + "):\n" + tail());
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** How the process ended when asked to stop. */
    record Stop(long nanos, boolean graceful, int exitCode) {
    }

    /** SIGTERM, and the time until the process exited; killed when it takes longer than {@code grace}. */
    Stop stop(Duration grace) throws InterruptedException {
        note("bench: ready; sending SIGTERM");
        long asked = System.nanoTime();
        process.destroy();
        boolean graceful = process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
        long nanos = System.nanoTime() - asked;
        if (!graceful) {
            ChildProcesses.end(process, 0);
        }
        stopOrphanedPostgres();
        Stop stop = new Stop(nanos, graceful, process.isAlive() ? -1 : process.exitValue());
        note(String.format("bench: %s after %.2f s, exit code %d", graceful ? "exited" : "killed", nanos / 1e9,
                stop.exitCode()));
        readStartedLine();
        return stop;
    }

    /** Spring Boot's own count: from SpringApplication.run to started, in seconds; NaN if it never said. */
    double startedIn() {
        return startedIn;
    }

    /** The JVM's uptime when Spring Boot said it had started. */
    double runningFor() {
        return runningFor;
    }

    /** Set when the embedded PostgreSQL outlived the app and the bench had to stop it. */
    Optional<String> orphan() {
        return Optional.ofNullable(orphan);
    }

    @Override
    public void close() {
        ChildProcesses.end(process, 30);
        stopOrphanedPostgres();
    }

    private void stopOrphanedPostgres() {
        if (!process.isAlive()) {
            stopOrphanedPostgres(postgresData).ifPresent(found -> orphan = found);
        }
    }

    /**
     * The embedded PostgreSQL is not the app's child once pg_ctl has started it, so killing the app
     * leaves it running; its postmaster.pid says which process to stop. Answers what it found.
     */
    private static Optional<String> stopOrphanedPostgres(Path postgresData) {
        Path pidFile = postgresData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            Optional<ProcessHandle> postgres = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
            if (postgres.isEmpty()) {
                return Optional.empty();
            }
            postgres.get().destroy();
            postgres.get().onExit().get(10, TimeUnit.SECONDS);
            return Optional.of("embedded PostgreSQL (pid " + pid + ") outlived the app; the bench stopped it");
        } catch (Exception e) {
            return Optional.of("embedded PostgreSQL may still run (" + pidFile + "): " + e);
        }
    }

    private void readStartedLine() {
        for (String line : lines()) {
            Matcher started = STARTED.matcher(line);
            if (started.find()) {
                startedIn = Double.parseDouble(started.group(1));
                runningFor = Double.parseDouble(started.group(2));
                return;
            }
        }
    }

    /** A line of the bench's own in the log, so that the log shows when it asked the app to stop. */
    private void note(String line) {
        try {
            Files.writeString(log, "---- " + Instant.now() + " " + line + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the log is for reading afterwards; the measurement does not depend on it
        }
    }

    private List<String> lines() {
        try {
            // Malformed bytes (a truncated last line) must not hide the rest.
            return List.of(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\\R"));
        } catch (IOException e) {
            return List.of();
        }
    }

    private String tail() {
        List<String> lines = lines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }
}
