package io.netledger.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.app.Api;
import io.netledger.app.ApiTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The application with a chainer quick enough for tests: rounds every 100 ms, a gap final after 3 s, a
 * checkpoint each second. A context of its own, because its tests tamper with the store (and mend it).
 */
// Half the usual pool: this context lives beside the others of a full run on one PostgreSQL.
@TestPropertySource(properties = {"netledger.chain.every=100ms", "netledger.chain.gap-window=3s",
        "netledger.chain.checkpoint-every=1s", "netledger.db.pool-size=8"})
abstract class ChainTest extends ApiTest {

    static final Duration GAP_WINDOW = Duration.ofSeconds(3);

    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected DataSource dataSource;

    protected long storeHead() {
        return jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    }

    protected long chainHead() {
        return jdbc.queryForObject("select coalesce(max(global_index), 0) from event_chain", Long.class);
    }

    /** Waits until the chain covers every position the store holds now, and a checkpoint was signed at its end. */
    protected long awaitChainedWithCheckpoint() {
        long head = storeHead();
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.queryForObject("select coalesce(max(global_index), 0) from event_chain_checkpoints",
                        Long.class) >= head);
        return head;
    }

    /** Runs an integrity check over HTTP and waits for its verdict. */
    protected JsonNode check(String token, String body) {
        Api.Reply started = api.post("/api/v1/audit/integrity-checks", token, body);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).isEqualTo("/api/v1/audit/integrity-checks/" + started.json().get("id").asText());
        return api.awaitGet(location, token, reply -> reply.json().get("finished").asBoolean()).json();
    }

    /** As an attacker with the owner's access: triggers off, the change, triggers back on, in one transaction. */
    protected void asAttacker(String table, String sql, Object... arguments) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement();
                    PreparedStatement change = connection.prepareStatement(sql)) {
                statement.execute("alter table " + table + " disable trigger user");
                for (int i = 0; i < arguments.length; i++) {
                    change.setObject(i + 1, arguments[i]);
                }
                change.execute();
                statement.execute("alter table " + table + " enable trigger user");
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static void assertBroken(JsonNode check, long position, String how) {
        assertThat(check.get("outcome").asText()).as(check.toString()).isEqualTo("broken");
        assertThat(check.get("firstBrokenPosition").asLong()).as(check.toString()).isEqualTo(position);
        assertThat(check.get("how").asText()).as(check.toString()).isEqualTo(how);
    }

    protected static void assertIntact(JsonNode check) {
        assertThat(check.get("outcome").asText()).as(check.toString()).isEqualTo("intact");
        assertThat(check.get("firstBrokenPosition").isNull()).as(check.toString()).isTrue();
    }
}
