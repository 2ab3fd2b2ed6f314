package io.netledger.query.telemetry;

import io.netledger.api.nas.NasStatus;
import io.netledger.query.history.AsOf;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The last answered poll of NAS servers, for their views. */
@Component
public class LastPolls {

    private final JdbcTemplate jdbc;

    LastPolls(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@code status} with what the last poll of {@code nasId} read; unchanged before a first poll. While a NAS is
     * shown as of a moment ({@link AsOf}), the last poll recorded by then.
     */
    public NasStatus of(long nasId, NasStatus status) {
        Optional<Instant> asOf = AsOf.momentOfThisTransaction();
        if (asOf.isPresent()) {
            return jdbc.query("""
                    select recorded_at as last_seen,
                           max(value) filter (where metric_type = 'cpu_usage') as cpu_usage,
                           max(value) filter (where metric_type = 'memory_usage') as memory_usage,
                           max(value) filter (where metric_type = 'connection_count') as connection_count
                    from monitoring_data
                    where nas_server_id = ? and subscription_id is null
                      and recorded_at = (select max(recorded_at) from monitoring_data
                                         where nas_server_id = ? and subscription_id is null
                                           and metric_type = 'cpu_usage' and recorded_at <= ?)
                    group by recorded_at""", rows -> rows.next() ? read(rows, status) : status, nasId, nasId,
                    Timestamp.from(asOf.get()));
        }
        return jdbc.query("select * from nas_server_polls where nas_server_id = ?",
                rows -> rows.next() ? read(rows, status) : status, nasId);
    }

    /** The last polls of several NAS servers at once, for a page of them. */
    public Map<Long, NasStatus> of(Map<Long, NasStatus> statuses) {
        Map<Long, NasStatus> read = new HashMap<>(statuses);
        if (statuses.isEmpty()) {
            return read;
        }
        Collection<Long> ids = statuses.keySet();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "select * from nas_server_polls where nas_server_id = any (?)");
            statement.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            return statement;
        }, (ResultSet rows) -> {
            long id = rows.getLong("nas_server_id");
            read.put(id, read(rows, statuses.get(id)));
        });
        return read;
    }

    private static NasStatus read(ResultSet rows, NasStatus status) throws SQLException {
        return new NasStatus(status.online(), status.onlineChangedAt(),
                rows.getObject("last_seen", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                rows.getInt("cpu_usage"), rows.getBigDecimal("memory_usage").doubleValue(),
                rows.getInt("connection_count"));
    }
}
