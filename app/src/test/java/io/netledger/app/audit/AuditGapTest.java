package io.netledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An event that commits after a later one (two commands in parallel, as the sagas' and the API's are) reaches
 * the projections as a filled gap. Its audit row must still be written, under its own global index.
 */
class AuditGapTest extends ApiTest {

    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anEventCommittedAfterALaterOneKeepsItsOwnAuditRow() throws Exception {
        String admin = adminToken();
        String eventId = UUID.randomUUID().toString();
        long nasId = System.nanoTime();
        long earlier;
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            // Takes its global index now, commits last: a RouterReconciled as the reconciliation publishes it.
            try (PreparedStatement insert = slow.prepareStatement("""
                    insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload, meta_data)
                    values (?, ?, 0, null, ?, 'io.netledger.api.nas.RouterReconciled', ?, ?)
                    returning global_index""")) {
                insert.setString(1, eventId);
                insert.setString(2, eventId);
                insert.setString(3, Instant.now().toString());
                insert.setBytes(4, ("{\"nasId\": " + nasId + ", \"accountsChecked\": 0, \"drifts\": [],"
                        + " \"repairing\": false}").getBytes(StandardCharsets.UTF_8));
                insert.setBytes(5, "{}".getBytes(StandardCharsets.UTF_8));
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    earlier = row.getLong(1);
                }
            }
            Reply later = api.post("/api/v1/service-plans", admin, """
                    {"name": "Later %d", "price": "1", "billingCycle": "monthly", "downloadSpeed": 1,
                     "uploadSpeed": 1, "dataUnit": "unlimited"}""".formatted(nasId));
            assertThat(later.status()).as(later.body()).isEqualTo(201);
            String plan = later.json().get("id").asText();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "select count(*) from audit_logs where model_id = ?", Long.class, Long.parseLong(plan)) == 1);
            slow.commit();
        }
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from audit_logs where model_type = 'RouterReconciliation' and model_id = ?",
                Long.class, nasId) == 1);
        assertThat(jdbc.queryForObject("select id from audit_logs where model_id = ?", Long.class, nasId))
                .isEqualTo(earlier);
    }
}
