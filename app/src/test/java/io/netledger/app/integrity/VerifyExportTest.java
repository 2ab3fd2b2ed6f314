package io.netledger.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.app.Api;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/audit/VerifyExport.java run as an auditor runs it, in a JVM of its own, on an export of this app's
 * events in the line format of GET /api/v1/events, with the checkpoints and public key downloaded here.
 */
class VerifyExportTest extends ChainTest {

    private static final Path VERIFIER = Path.of("..", "docs", "audit", "VerifyExport.java");

    @TempDir
    Path files;

    @Test
    void anUntouchedExportVerifiesAgainstTheSignedCheckpoints() throws Exception {
        String admin = adminToken();
        newCustomer(admin, "Nur Aini");
        long head = awaitChainedWithCheckpoint();
        List<Map<String, Object>> events = exported(head);
        long signed = jdbc.queryForObject("select count(*) from event_chain_checkpoints where global_index <= ?",
                Long.class, head);

        assertThat(verify(admin, events)).isEqualTo("intact up to position " + head + ", " + signed
                + " checkpoints verified");
    }

    @Test
    void aChangedPayloadIsFoundAtItsPositionEvenWhenTheExportedHashesAreDropped() throws Exception {
        String admin = adminToken();
        String customer = newCustomer(admin, "Fajar Nugroho");
        long head = awaitChainedWithCheckpoint();
        long position = jdbc.queryForObject(
                "select min(global_index) from domain_event_entry where aggregate_identifier = ?", Long.class, customer);
        List<Map<String, Object>> events = exported(head);
        Map<String, Object> tampered = events.stream().filter(e -> e.get("position").equals(position)).findFirst()
                .orElseThrow();
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

    /** Every event up to {@code head} as a line of GET /api/v1/events would hold it. */
    private List<Map<String, Object>> exported(long head) {
        return jdbc.query("""
                select e.*, c.hash as chain_hash from domain_event_entry e
                left join event_chain c on c.global_index = e.global_index
                where e.global_index <= ? order by e.global_index""", (row, n) -> {
                    Map<String, Object> line = new java.util.LinkedHashMap<>();
                    String payloadType = row.getString("payload_type");
                    line.put("position", row.getLong("global_index"));
                    line.put("eventId", row.getString("event_identifier"));
                    line.put("aggregateId", row.getString("aggregate_identifier"));
                    line.put("aggregateType", row.getString("type"));
                    line.put("sequence", row.getLong("sequence_number"));
                    line.put("eventType", payloadType.substring(payloadType.lastIndexOf('.') + 1));
                    line.put("payloadType", payloadType);
                    line.put("payloadRevision", row.getString("payload_revision"));
                    line.put("timestamp", row.getString("time_stamp"));
                    line.put("payload", Base64.getEncoder().encodeToString(row.getBytes("payload")));
                    byte[] metaData = row.getBytes("meta_data");
                    line.put("metaData", metaData == null ? null : Base64.getEncoder().encodeToString(metaData));
                    byte[] hash = row.getBytes("chain_hash");
                    line.put("hash", hash == null ? null : HexFormat.of().formatHex(hash));
                    return line;
                }, head);
    }
}
