package io.netledger.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.app.Api;
import io.netledger.query.integrity.ChainHash;
import io.netledger.query.integrity.StoredEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/** The chain kept beside the store, and an attacker with database access caught at the right position. */
class EventChainApiTest extends ChainTest {

    @Test
    void theChainCatchesUpWithCommandsAndAFullCheckFindsItIntact() {
        String admin = adminToken();
        newCustomer(admin, "Siti Rahayu");
        long head = awaitChainedWithCheckpoint();
        JsonNode check = check(admin, null);
        assertIntact(check);
        assertThat(check.get("checkedUpTo").asLong()).isGreaterThanOrEqualTo(head);
        assertThat(check.get("eventsChecked").asLong()).isEqualTo(jdbc.queryForObject(
                "select count(*) from domain_event_entry where global_index <= ?", Long.class,
                check.get("checkedUpTo").asLong()));
        assertThat(check.get("checkpointsVerified").asInt()).isPositive();
        assertThat(check.get("eventsPerSecond").asLong()).isPositive();
        assertThat(api.get("/api/v1/audit/integrity-checks", admin).json().get(0).get("id").asText())
                .isEqualTo(check.get("id").asText());
    }

    @Test
    void aChangedByteOfOnePayloadIsReportedAtItsPositionAndTurnsHealthDown() {
        String admin = adminToken();
        long position = firstEventOf(newCustomer(admin, "Budi Santoso"));
        awaitChainedWithCheckpoint();
        String flip = "update domain_event_entry set payload = set_byte(payload, 5, get_byte(payload, 5) # 1)"
                + " where global_index = ?";
        asAttacker("domain_event_entry", flip, position);
        assertBroken(check(admin, null), position, "payload_changed");
        JsonNode health = api.get("/actuator/health", admin).json();
        assertThat(health.at("/components/eventChain/status").asText()).as(health.toString()).isEqualTo("DOWN");
        assertThat(health.at("/components/eventChain/details/firstBrokenPosition").asLong()).isEqualTo(position);
        assertThat(api.get("/actuator/prometheus", admin).body()).contains("netledger_event_chain_broken 1.0");

        asAttacker("domain_event_entry", flip, position);
        assertIntact(check(admin, null));
        assertThat(api.get("/actuator/health", admin).json().at("/components/eventChain/status").asText())
                .isEqualTo("UP");
        assertThat(api.get("/actuator/prometheus", admin).body()).contains("netledger_event_chain_broken 0.0");
    }

    @Test
    void aChangedTimestampOrMetadataIsReportedAsSuch() {
        String admin = adminToken();
        long position = firstEventOf(newCustomer(admin, "Dewi Lestari"));
        awaitChainedWithCheckpoint();
        String stamp = jdbc.queryForObject("select time_stamp from domain_event_entry where global_index = ?",
                String.class, position);
        asAttacker("domain_event_entry", "update domain_event_entry set time_stamp = ? where global_index = ?",
                "2020-01-01T00:00:00Z", position);
        assertBroken(check(admin, null), position, "timestamp_changed");
        asAttacker("domain_event_entry", "update domain_event_entry set time_stamp = ? where global_index = ?",
                stamp, position);

        byte[] metaData = jdbc.queryForObject("select meta_data from domain_event_entry where global_index = ?",
                byte[].class, position);
        asAttacker("domain_event_entry", "update domain_event_entry set meta_data = ? where global_index = ?",
                "{}".getBytes(), position);
        assertBroken(check(admin, null), position, "metadata_changed");
        asAttacker("domain_event_entry", "update domain_event_entry set meta_data = ? where global_index = ?",
                metaData, position);
        assertIntact(check(admin, null));
    }

    @Test
    void aDeletedEventIsReportedAtItsPosition() {
        String admin = adminToken();
        long position = firstEventOf(newCustomer(admin, "Agus Wijaya"));
        newCustomer(admin, "Rina Kurniawati");
        awaitChainedWithCheckpoint();
        Map<String, Object> row = jdbc.queryForMap("select * from domain_event_entry where global_index = ?", position);
        asAttacker("domain_event_entry", "delete from domain_event_entry where global_index = ?", position);
        assertBroken(check(admin, null), position, "event_deleted");

        jdbc.update("""
                insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                    type, time_stamp, payload_type, payload_revision, payload, meta_data)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.get("global_index"), row.get("event_identifier"),
                row.get("aggregate_identifier"), row.get("sequence_number"), row.get("type"), row.get("time_stamp"),
                row.get("payload_type"), row.get("payload_revision"), row.get("payload"), row.get("meta_data"));
        assertIntact(check(admin, null));
    }

    @Test
    void aBurnedPositionIsPassedOnceFinalAndAnEventInsertedThereLaterIsCaught() {
        String admin = adminToken();
        awaitChainedWithCheckpoint();
        long burned = jdbc.queryForObject("select nextval(pg_get_serial_sequence('domain_event_entry', 'global_index'))",
                Long.class);
        newCustomer(admin, "Hendra Gunawan");
        long after = storeHead();
        Awaitility.await().atMost(GAP_WINDOW.plusSeconds(10)).until(() -> chainHead() >= after);
        assertThat(jdbc.queryForObject("select hash is null from event_chain where global_index = ?", Boolean.class,
                burned)).as("the burned position is chained as held by no event").isTrue();
        assertIntact(check(admin, null));

        jdbc.update(copyOfAnEventAt(), burned, "inserted-" + burned, "inserted-" + burned, after);
        assertBroken(check(admin, null), burned, "event_inserted");
        asAttacker("domain_event_entry", "delete from domain_event_entry where global_index = ?", burned);
        assertIntact(check(admin, null));
    }

    @Test
    void aTransactionThatCommitsLateIsChainedInPositionOrder() throws Exception {
        String admin = adminToken();
        awaitChainedWithCheckpoint();
        long late;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload_revision, payload, meta_data)
                    select ?, ?, 0, type, time_stamp, payload_type, payload_revision, payload, meta_data
                    from domain_event_entry where global_index = ?""", new String[] {"global_index"})) {
                insert.setString(1, "late-" + System.nanoTime());
                insert.setString(2, "late-" + System.nanoTime());
                insert.setLong(3, storeHead());
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys()) {
                    keys.next();
                    late = keys.getLong(1);
                }
            }
            newCustomer(admin, "Wahyu Pratama");
            Thread.sleep(1_000);
            assertThat(chainHead()).as("the chain waits before the open transaction's position").isLessThan(late);
            connection.commit();
        }
        long head = awaitChainedWithCheckpoint();
        assertThat(jdbc.queryForObject("select hash is not null from event_chain where global_index = ?", Boolean.class,
                late)).as("the late event is chained at its position").isTrue();
        JsonNode check = check(admin, null);
        assertIntact(check);
        assertThat(check.get("checkedUpTo").asLong()).isGreaterThanOrEqualTo(head);
    }

    @Test
    void anAttackerWhoAlsoRecomputesTheChainIsCaughtByTheNextSignedCheckpoint() throws Exception {
        String admin = adminToken();
        long before = awaitChainedWithCheckpoint();
        Thread.sleep(1_100);
        long position = firstEventOf(newCustomer(admin, "Yusuf Hidayat"));
        Thread.sleep(1_100);
        newCustomer(admin, "Lina Marlina");
        long head = awaitChainedWithCheckpoint();
        long signedBefore = jdbc.queryForObject(
                "select max(global_index) from event_chain_checkpoints where global_index < ?", Long.class, position);
        long signedAfter = jdbc.queryForObject(
                "select min(global_index) from event_chain_checkpoints where global_index >= ?", Long.class, position);
        assertThat(signedBefore).isGreaterThanOrEqualTo(before);

        String flip = "update domain_event_entry set payload = set_byte(payload, 5, get_byte(payload, 5) # 1)"
                + " where global_index = ?";
        Map<Long, byte[]> honest = links(position, head);
        asAttacker("domain_event_entry", flip, position);
        Map<Long, byte[]> forged = recomputed(position, head);
        forged.forEach((at, hash) -> asAttacker("event_chain", "update event_chain set hash = ? where global_index = ?",
                hash, at));

        JsonNode fromStart = check(admin, null);
        assertBroken(fromStart, signedAfter, "checkpoint_mismatch");
        assertThat(fromStart.get("lastTrustedPosition").asLong()).isEqualTo(signedBefore);
        assertBroken(check(admin, "{\"fromCheckpoint\": " + signedBefore + "}"), signedAfter, "checkpoint_mismatch");

        asAttacker("domain_event_entry", flip, position);
        honest.forEach((at, hash) -> asAttacker("event_chain", "update event_chain set hash = ? where global_index = ?",
                hash, at));
        assertIntact(check(admin, "{\"fromCheckpoint\": " + signedBefore + "}"));
    }

    @Test
    void aForgedCheckpointIsCaught() {
        String admin = adminToken();
        long head = awaitChainedWithCheckpoint();
        byte[] hash = jdbc.queryForObject("select hash from event_chain_checkpoints where global_index = ?",
                byte[].class, head);
        byte[] other = hash.clone();
        other[0] ^= 1;
        asAttacker("event_chain_checkpoints", "update event_chain_checkpoints set hash = ? where global_index = ?",
                other, head);
        assertBroken(check(admin, "{\"fromCheckpoint\": " + head + "}"), head, "checkpoint_forged");
        asAttacker("event_chain_checkpoints", "update event_chain_checkpoints set hash = ? where global_index = ?",
                hash, head);
        assertIntact(check(admin, "{\"fromCheckpoint\": " + head + "}"));
    }

    @Test
    void theStoreRefusesUpdateDeleteAndTruncateFromTheApplicationsConnection() {
        for (String change : List.of("update domain_event_entry set payload = payload where global_index = 1",
                "delete from domain_event_entry where global_index = 1", "truncate domain_event_entry",
                "update event_chain set hash = hash", "delete from event_chain_checkpoints")) {
            assertThatThrownBy(() -> jdbc.execute(change)).as(change).isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("append-only");
        }
    }

    @Test
    void badInputIsAProblemNotAFailure() {
        String admin = adminToken();
        assertProblem(api.post("/api/v1/audit/integrity-checks", admin, "{\"fromCheckpoint\": "), 400, "");
        assertProblem(api.post("/api/v1/audit/integrity-checks", admin, "{\"fromCheckpoint\": \"first\"}"), 400, "");
        assertProblem(api.post("/api/v1/audit/integrity-checks", admin, "{\"fromCheckpoint\": 987654321}"), 404,
                "no signed checkpoint");
        assertProblem(api.get("/api/v1/audit/integrity-checks/12345", admin), 404, "does not exist");
        assertProblem(api.get("/api/v1/audit/integrity-checks/latest", admin), 400, "");
        assertProblem(api.get("/api/v1/audit/checkpoints?size=0", admin), 400, "size");
        assertProblem(api.get("/api/v1/audit/checkpoints?fromPosition=-1", admin), 400, "fromPosition");
        assertProblem(api.get("/api/v1/audit/checkpoints?size=many", admin), 400, "");
        assertProblem(api.get("/api/v1/audit/integrity-checks?size=1000", admin), 400, "size");
        assertProblem(api.post("/api/v1/audit/integrity-checks", null, null), 401, "");
    }

    @Test
    void thePublicKeyAndCheckpointsAreDownloadable() {
        String admin = adminToken();
        long head = awaitChainedWithCheckpoint();
        JsonNode key = api.get("/api/v1/audit/public-key", admin).json();
        assertThat(key.get("algorithm").asText()).isEqualTo("Ed25519");
        assertThat(key.get("pem").asText()).startsWith("-----BEGIN PUBLIC KEY-----");
        Api.Reply pem = api.send("GET", "/api/v1/audit/public-key", admin, null, "Accept", "application/x-pem-file");
        assertThat(pem.body()).isEqualTo(key.get("pem").asText());
        assertThat(pem.header("NetLedger-Key-Id")).isEqualTo(key.get("keyId").asText());
        JsonNode page = api.get("/api/v1/audit/checkpoints?fromPosition=" + head + "&size=1", admin).json();
        JsonNode checkpoint = page.get("content").get(0);
        assertThat(checkpoint.get("position").asLong()).isEqualTo(head);
        assertThat(checkpoint.get("hash").asText()).matches("[0-9a-f]{64}");
        assertThat(checkpoint.get("signedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)");
        assertThat(checkpoint.get("keyId").asText()).isEqualTo(key.get("keyId").asText());
        assertThat(page.get("nextFromPosition").asLong()).isEqualTo(head + 1);
    }

    private long firstEventOf(String aggregateId) {
        return jdbc.queryForObject("select min(global_index) from domain_event_entry where aggregate_identifier = ?",
                Long.class, aggregateId);
    }

    /** Inserts (position, event id, aggregate id) a copy of the event at the last argument's position. */
    private static String copyOfAnEventAt() {
        return """
                insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                    type, time_stamp, payload_type, payload_revision, payload, meta_data)
                select ?, ?, ?, 0, type, time_stamp, payload_type, payload_revision, payload, meta_data
                from domain_event_entry where global_index = ?""";
    }

    private Map<Long, byte[]> links(long from, long upTo) {
        Map<Long, byte[]> links = new java.util.TreeMap<>();
        jdbc.query("select global_index, hash from event_chain where global_index >= ? and global_index <= ?"
                + " and hash is not null", row -> {
                    links.put(row.getLong(1), row.getBytes(2));
                }, from, upTo);
        return links;
    }

    /** What an attacker who read ADR 0016 computes: the links from the changed event on. */
    private Map<Long, byte[]> recomputed(long from, long upTo) {
        byte[][] previous = {jdbc.queryForObject("""
                select hash from event_chain where global_index < ? and hash is not null
                order by global_index desc limit 1""", byte[].class, from)};
        ChainHash chain = new ChainHash();
        Map<Long, byte[]> links = new java.util.TreeMap<>();
        jdbc.query("select * from domain_event_entry where global_index >= ? and global_index <= ? order by global_index",
                row -> {
                    StoredEvent event = new StoredEvent(row.getLong("global_index"), row.getString("event_identifier"),
                            row.getString("aggregate_identifier"), row.getString("type"), row.getLong("sequence_number"),
                            row.getString("payload_type"), row.getString("payload_revision"), row.getString("time_stamp"),
                            row.getBytes("payload"), row.getBytes("meta_data"));
                    previous[0] = chain.link(previous[0], event);
                    links.put(event.position(), previous[0]);
                }, from, upTo);
        return links;
    }
}
