package io.netledger.genieacs.nbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.genieacs.AcsDevice;
import io.netledger.genieacs.DeviceTask;
import io.netledger.genieacs.GenieAcsClient;
import io.netledger.genieacs.NbiConnection;
import io.netledger.genieacs.TaskOutcome;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * genieacs-nbi-double.jar as a user runs it: copied alone into another directory, started with {@code java -jar},
 * and spoken to by the real client. It runs after {@code package} (see the pom), on the jar built.
 */
class NbiDoubleJarIT {

    private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");

    @Test
    void theJarCopiedAloneServesTheRealClient(@TempDir Path elsewhere) throws Exception {
        Path built = Path.of(System.getProperty("nbi.double.jar", "target/genieacs-nbi-double.jar"));
        assertThat(built).as("made by mvn package").exists();
        Path jar = Files.copy(built, elsewhere.resolve("genieacs-nbi-double.jar"));

        Process nbi = new ProcessBuilder(java(), "-jar", jar.toString(), "--port", "0", "--api-key", "k1",
                "--devices", "4").directory(elsewhere.toFile()).redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> read(nbi, output, port), "nbi-double-output");
        reader.setDaemon(true);
        reader.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + port.get(20, TimeUnit.SECONDS));
            GenieAcsClient client = new GenieAcsClient(new NbiConnection(url, null, "k1", null));
            assertThat(client.status().deviceCount()).isEqualTo(4);
            AcsDevice first = client.devices(GenieAcsClient.everyDevice(), AcsDevice.PROJECTION, 1).get(0);

            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/_double/devices/"
                    + first.id().pathSegment() + "/offline")).header("X-API-Key", "k1")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            TaskOutcome reboot = client.push(first.id(), DeviceTask.reboot());
            assertThat(reboot.state()).isEqualTo(TaskOutcome.State.QUEUED);
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/_double/devices/"
                    + first.id().pathSegment() + "/inform")).header("X-API-Key", "k1")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(client.follow(first.id(), reboot.taskId()).state()).isEqualTo(TaskOutcome.State.DONE);

            assertThat(output).as("nothing went wrong inside it").noneMatch(line -> line.contains("Exception")
                    || line.contains("Error"));
        } finally {
            nbi.destroy();
            if (!nbi.waitFor(10, TimeUnit.SECONDS)) {
                nbi.destroyForcibly();
            }
        }
    }

    private static void read(Process nbi, List<String> output, CompletableFuture<Integer> port) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(nbi.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    port.complete(Integer.parseInt(listening.group(1)));
                }
            }
            port.completeExceptionally(new IllegalStateException("the double ended: " + output));
        } catch (java.io.IOException e) {
            port.completeExceptionally(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
