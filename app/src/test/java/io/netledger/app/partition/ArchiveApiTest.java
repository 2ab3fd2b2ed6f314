package io.netledger.app.partition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Partitions dated into the past, on the real PostgreSQL: archived past their retention to gzip CSV with a
 * manifest, checked against the partition, dropped; listed; restored into a table of their own.
 */
class ArchiveApiTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Value("${netledger.data-dir}")
    private Path dataDir;

    @Test
    void archivesPartitionsPastRetentionChecksAndDropsThemAndRestoresOne() throws Exception {
        String admin = adminToken();
        jdbc.queryForObject("select ensure_range_partitions('network_logs', interval '1 month', 'YYYYMM', "
                + "'2024-01-01 00:00:00+00', 2)", Integer.class);
        jdbc.queryForObject("select ensure_range_partitions('monitoring_data', interval '1 month', 'YYYYMM', "
                + "'2024-03-01 00:00:00+00', 1)", Integer.class);
        jdbc.queryForObject("select ensure_range_partitions('audit_logs', interval '3 months', 'YYYY\"q\"Q', "
                + "'2023-01-01 00:00:00+00', 1)", Integer.class);
        long nas = Ids.next();
        for (int i = 0; i < 25; i++) {
            jdbc.update("""
                    insert into network_logs (id, nas_server_id, subscription_id, log_type, message, source_ip, port,
                                              additional_data, occurred_at)
                    values (?, ?, ?, 'authentication', ?, '10.99.0.2', ?, ?::jsonb, timestamptz '2024-01-10 08:00:00+00' + ? * interval '1 hour')""",
                    Ids.next(), nas, i % 2 == 0 ? null : 77L, "alice logged in, \"quoted\", comma; ünïcode " + i,
                    i % 3 == 0 ? null : 443, "{\"topics\": \"pppoe,ppp,info,account\", \"n\": " + i + "}", i);
        }
        jdbc.update("""
                insert into monitoring_data (id, nas_server_id, metric_type, value, unit, recorded_at)
                values (?, ?, 'cpu_usage', 12.5000, 'percentage', timestamptz '2024-03-02 00:00:00+00')""", Ids.next(), nas);
        jdbc.update("""
                insert into audit_logs (id, action, model_type, model_id, new_values, created_at)
                values (?, 'create', 'Customer', 1, '{"name": "Old"}', timestamptz '2023-02-01 00:00:00+00')""", Ids.next());
        String before = checksum("network_logs_202401");

        Reply run = api.post("/api/v1/admin/archives", admin, null);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        List<JsonNode> archived = list(run.json().get("archived"));
        assertThat(archived).extracting(manifest -> manifest.get("name").asText())
                .contains("network_logs_202401", "network_logs_202402", "monitoring_data_202403", "audit_logs_2023q1")
                .doesNotContain("network_logs_" + java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString().replace("-", ""));
        JsonNode january = archived.stream().filter(m -> m.get("name").asText().equals("network_logs_202401"))
                .findFirst().orElseThrow();
        assertThat(january.get("rows").asLong()).isEqualTo(25);
        assertThat(january.get("table").asText()).isEqualTo("network_logs");
        assertThat(january.get("from").asText()).isEqualTo("2024-01-01T00:00:00Z");
        assertThat(jdbc.queryForObject("select to_regclass('network_logs_202401') is null", Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from network_logs where nas_server_id = ?", Long.class, nas))
                .isZero();

        Path archive = dataDir.resolve("archive").resolve("network_logs_202401.csv.gz");
        assertThat(archive).exists();
        assertThat(dataDir.resolve("archive").resolve("network_logs_202401.manifest.json")).exists();
        assertThat(sha256(archive)).isEqualTo(january.get("sha256").asText());
        assertThat(Files.size(archive)).isEqualTo(january.get("bytes").asLong());

        Reply listed = api.get("/api/v1/admin/archives", admin);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(list(listed.json().get("content"))).extracting(a -> a.get("manifest").get("name").asText())
                .contains("network_logs_202401", "audit_logs_2023q1");

        Reply restored = api.post("/api/v1/admin/archives/network_logs_202401/restore", admin, null);
        assertThat(restored.status()).as(restored.body()).isEqualTo(201);
        assertThat(restored.json().get("table").asText()).isEqualTo("restored_network_logs_202401");
        assertThat(restored.json().get("rows").asLong()).isEqualTo(25);
        assertThat(checksum("restored_network_logs_202401")).as("every row as it was").isEqualTo(before);
        assertThat(list(api.get("/api/v1/admin/archives", admin).json().get("content")))
                .filteredOn(a -> a.get("manifest").get("name").asText().equals("network_logs_202401"))
                .singleElement().satisfies(a -> assertThat(a.get("restoredTable").asText())
                        .isEqualTo("restored_network_logs_202401"));

        assertProblem(api.post("/api/v1/admin/archives/network_logs_202401/restore", admin, null), 409, "already restored");
        assertProblem(api.post("/api/v1/admin/archives/network_logs_199901/restore", admin, null), 404, "does not exist");
        assertProblem(api.post("/api/v1/admin/archives/customers_202401/restore", admin, null), 400, "named after its partition");
        // the firewall refuses a path with a semicolon before any controller sees it: a problem all the same
        assertProblem(api.post("/api/v1/admin/archives/network_logs_202401%3Bdrop/restore", admin, null), 400, "refused");
        assertProblem(api.post("/api/v1/admin/archives/" + "network_logs_2024011".repeat(5) + "/restore", admin, null), 400,
                "named after its partition");

        // an archive file changed since it was written is not restored
        Files.write(dataDir.resolve("archive").resolve("monitoring_data_202403.csv.gz"), new byte[] {0},
                StandardOpenOption.APPEND);
        assertProblem(api.post("/api/v1/admin/archives/monitoring_data_202403/restore", admin, null), 422, "manifest");
        assertThat(jdbc.queryForObject("select to_regclass('restored_monitoring_data_202403') is null", Boolean.class))
                .isTrue();

        String staff = newLogin(admin, "staff");
        assertThat(api.get("/api/v1/admin/archives", staff).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/archives/audit_logs_2023q1/restore", staff, null).status()).isEqualTo(403);
    }

    private String checksum(String table) {
        return jdbc.queryForObject("select md5(string_agg(t::text, '|' order by id)) from " + table + " t", String.class);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
