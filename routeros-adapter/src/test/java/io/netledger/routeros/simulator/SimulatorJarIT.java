package io.netledger.routeros.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import me.legrange.mikrotik.ApiConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * routeros-simulator.jar as a user runs it: copied alone into another directory, started with {@code java -jar},
 * and spoken to by the real mikrotik-java client. It runs after {@code package} (see the pom), on the jar built.
 */
class SimulatorJarIT {

    private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");

    @Test
    void theJarCopiedAloneServesARealClient(@TempDir Path elsewhere) throws Exception {
        Path built = Path.of(System.getProperty("simulator.jar", "target/routeros-simulator.jar"));
        assertThat(built).as("made by mvn package").exists();
        Path jar = Files.copy(built, elsewhere.resolve("routeros-simulator.jar"));
        assertThat(elsewhere.toFile().list()).containsExactly("routeros-simulator.jar");

        Process simulator = new ProcessBuilder(java(), "-jar", jar.toString(), "--port", "0", "--user", "admin",
                "--password", "secret", "--version", "7.16").directory(elsewhere.toFile()).redirectErrorStream(true)
                .start();
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> read(simulator, output, port), "simulator-output");
        reader.setDaemon(true);
        reader.start();
        try {
            try (ApiConnection api = ApiConnection.connect(MikrotikJavaLoginTest.NO_DELAY, "127.0.0.1",
                    port.get(20, TimeUnit.SECONDS), 2_000)) {
                api.setTimeout(5_000);
                api.login("admin", "secret");
                assertThat(api.execute("/system/resource/print")).singleElement()
                        .satisfies(resource -> assertThat(resource.get("version")).startsWith("7.16"));
                api.execute("/ppp/secret/add name=budi password=pppoe-pw service=pppoe");
                assertThat(api.execute("/ppp/secret/print")).extracting(secret -> secret.get("name"))
                        .containsExactly("budi");
            }
            assertThat(output).as("nothing went wrong inside it").noneMatch(line -> line.contains("Exception")
                    || line.contains("Error"));
        } finally {
            simulator.destroy();
            if (!simulator.waitFor(10, TimeUnit.SECONDS)) {
                simulator.destroyForcibly();
            }
        }
    }

    /** Collects what the simulator prints, and the port from its "listening on port" line. */
    private static void read(Process simulator, List<String> output, CompletableFuture<Integer> port) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(simulator.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    port.complete(Integer.parseInt(listening.group(1)));
                }
            }
            port.completeExceptionally(new IllegalStateException("the simulator ended: " + output));
        } catch (java.io.IOException e) {
            port.completeExceptionally(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
