package io.netledger.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/netledger as an operator runs it, on the jar just built, with the embedded database in a fresh data
 * directory: the first start trains the class-data sharing archive and then serves; a SIGTERM stops NetLedger and
 * its PostgreSQL; the next start uses the archive without training again. Runs after {@code package} (see the pom).
 */
class StartScriptIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void trainsOnceServesAndStopsWithItsDatabase(@TempDir Path data) throws Exception {
        Path jar = Path.of(System.getProperty("netledger.jar", "target/netledger.jar")).toAbsolutePath();
        Path script = Path.of(System.getProperty("netledger.script", "../bin/netledger")).toAbsolutePath();
        assertThat(jar).as("made by mvn package").exists();

        List<String> first = new CopyOnWriteArrayList<>();
        Process started = start(script, jar, data, first);
        awaitReady(started, first);
        assertThat(first).anySatisfy(line -> assertThat(line).contains("preparing class-data sharing"));
        assertThat(data.resolve("cds/netledger.jsa")).as("the archive the training run wrote").exists();
        assertThat(first.stream().filter(line -> line.contains("Started NetLedgerApplication")).count())
                .as("the training start, then the one that serves").isEqualTo(2);

        stop(started, first);
        assertThat(data.resolve("postgres/postmaster.pid")).as("its PostgreSQL stopped with it").doesNotExist();

        List<String> second = new CopyOnWriteArrayList<>();
        Process restarted = start(script, jar, data, second);
        awaitReady(restarted, second);
        assertThat(second).noneSatisfy(line -> assertThat(line).contains("preparing class-data sharing"));
        assertThat(second.stream().filter(line -> line.contains("Started NetLedgerApplication")).count()).isEqualTo(1);
        stop(restarted, second);
        assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();
    }

    private int port;

    private Process start(Path script, Path jar, Path data, List<String> output) throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder("sh", script.toString(), "--server.port=" + port)
                .directory(data.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("NETLEDGER_"));
        builder.environment().put("NETLEDGER_JAR", jar.toAbsolutePath().toString());
        builder.environment().put("NETLEDGER_DATA_DIR", data.toString());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            } catch (IOException ignored) {
                // the process ended
            }
        }, "netledger-output");
        reader.setDaemon(true);
        reader.start();
        return process;
    }

    private void awaitReady(Process process, List<String> output) {
        Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200))
                .failFast("NetLedger exited: " + String.join("\n", output), () -> !process.isAlive())
                .until(() -> ready(port));
    }

    private static boolean ready(int port) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void stop(Process process, List<String> output) throws InterruptedException {
        // The script execs java, so the process is NetLedger's JVM itself.
        process.destroy();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        assertThat(exited).as(String.join("\n", output)).isTrue();
        assertThat(Files.exists(Path.of("/proc", String.valueOf(process.pid())))).isFalse();
    }
}
