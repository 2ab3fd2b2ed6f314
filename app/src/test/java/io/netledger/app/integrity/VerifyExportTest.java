package io.netledger.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.netledger.app.Api;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/audit/VerifyExport.java run as an auditor runs it, in a JVM of its own, on this app's events as
 * GET /api/v1/events exports them, with the checkpoints and public key downloaded here.
 */
class VerifyExportTest extends ChainTest {

    private static final Path VERIFIER = Path.of("..", "docs", "audit", "VerifyExport.java");

    @TempDir
    Path files;

    @Test
    void anUntouchedExportVerifiesAgainstTheSignedCheckpoints() throws Exception {
        String admin = adminToken();
        newCustomer(admin, "Nur Aini");
        String auditor = newLogin(admin, "auditor");
        long head = awaitChainedWithCheckpoint();
        List<Map<String, Object>> events = exported(auditor, head);
        long signed = jdbc.queryForObject("select count(*) from event_chain_checkpoints where global_index <= ?",
                Long.class, head);

        assertThat(events).hasSize((int) (long) jdbc.queryForObject(
                "select count(*) from domain_event_entry where global_index <= ?", Long.class, head));
        assertThat(verify(auditor, events)).isEqualTo("intact up to position " + head + ", " + signed
                + " checkpoints verified");
    }

    @Test
    void aChangedPayloadIsFoundAtItsPositionEvenWhenTheExportedHashesAreDropped() throws Exception {
        String admin = adminToken();
        String customer = newCustomer(admin, "Fajar Nugroho");
        long head = awaitChainedWithCheckpoint();
        long position = jdbc.queryForObject(
                "select min(global_index) from domain_event_entry where aggregate_identifier = ?", Long.class, customer);
        List<Map<String, Object>> events = exported(admin, head);
        Map<String, Object> tampered = events.stream()
                .filter(e -> ((Number) e.get("position")).longValue() == position).findFirst().orElseThrow();
        byte[] payload = Base64.getDecoder().decode((String) tampered.get("payload"));
        payload[5] ^= 1;
        tampered.put("payload", Base64.getEncoder().encodeToString(payload));

        assertThat(verify(admin, events)).startsWith("broken at position " + position + ":");

        events.forEach(event -> event.put("hash", null));
        long covering = jdbc.queryForObject(
                "select min(global_index) from event_chain_checkpoints where global_index >= ?", Long.class, position);
        assertThat(verify(admin, events)).startsWith("broken at or before position " + covering + ":")
                .contains("checkpoint_mismatch");
    }

    private String verify(String admin, List<Map<String, Object>> events) throws Exception {
        Path ndjson = files.resolve("events.ndjson");
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> event : events) {
            lines.add(Api.JSON.writeValueAsString(event));
        }
        Files.write(ndjson, lines, StandardCharsets.UTF_8);
        Path checkpoints = files.resolve("checkpoints.json");
        Files.writeString(checkpoints, api.get("/api/v1/audit/checkpoints?size=10000", admin).body());
        Path key = files.resolve("public-key.pem");
        Files.writeString(key, api.send("GET", "/api/v1/audit/public-key", admin, null, "Accept",
                "application/x-pem-file").body());
        Process verifier = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                VERIFIER.toString(), ndjson.toString(), checkpoints.toString(), key.toString())
                .redirectErrorStream(true).start();
        assertThat(verifier.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(verifier.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    /** Every event up to {@code head}, downloaded from GET /api/v1/events as an auditor downloads it. */
    private List<Map<String, Object>> exported(String token, long head) throws Exception {
        Api.Reply export = api.get("/api/v1/events?toPosition=" + head, token);
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String line : export.body().split("\n")) {
            lines.add(Api.JSON.readValue(line, new TypeReference<Map<String, Object>>() {
            }));
        }
        return lines;
    }
}
