package io.netledger.query.telemetry;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Buckets of {@code monitoring_data} computed in PostgreSQL ({@code date_bin} from the range's start), so that a
 * month of one-minute samples leaves the database as a few hundred rows; the range prunes the partitions it does
 * not touch. Empty buckets are left out.
 */
@Component
class MonitoringSeries {

    private final JdbcTemplate jdbc;

    MonitoringSeries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Map<String, Object>> nasMetric(long nasId, String metric, String interfaceName, TimeBuckets buckets) {
        String where = interfaceName == null ? "" : " and additional_data ->> 'interface' = ?";
        Object[] args = interfaceName == null
                ? new Object[] {buckets.interval(), Timestamp.from(buckets.from()), nasId, metric,
                        Timestamp.from(buckets.from()), Timestamp.from(buckets.to())}
                : new Object[] {buckets.interval(), Timestamp.from(buckets.from()), nasId, metric,
                        Timestamp.from(buckets.from()), Timestamp.from(buckets.to()), interfaceName};
        return jdbc.query("""
                select date_bin(?::interval, recorded_at, ?) as bucket, min(value) as min, avg(value) as avg,
                       max(value) as max, count(*) as samples
                from monitoring_data
                where nas_server_id = ? and subscription_id is null and metric_type = ?
                  and recorded_at >= ? and recorded_at < ?""" + where + """

                group by bucket order by bucket""", (rows, n) -> {
            Map<String, Object> bucket = new LinkedHashMap<>();
            bucket.put("at", rows.getTimestamp("bucket").toInstant().atOffset(ZoneOffset.UTC));
            bucket.put("min", rows.getBigDecimal("min").stripTrailingZeros().doubleValue());
            bucket.put("avg", Math.round(rows.getBigDecimal("avg").doubleValue() * 10_000) / 10_000.0);
            bucket.put("max", rows.getBigDecimal("max").stripTrailingZeros().doubleValue());
            bucket.put("samples", rows.getLong("samples"));
            return bucket;
        }, args);
    }

    List<Map<String, Object>> usage(long subscriptionId, TimeBuckets buckets) {
        return jdbc.query("""
                select date_bin(?::interval, recorded_at, ?) as bucket,
                       coalesce(sum(value) filter (where metric_type = 'bytes_down'), 0)::bigint as down,
                       coalesce(sum(value) filter (where metric_type = 'bytes_up'), 0)::bigint as up
                from monitoring_data
                where subscription_id = ? and metric_type in ('bytes_down', 'bytes_up')
                  and recorded_at >= ? and recorded_at < ?
                group by bucket order by bucket""", (rows, n) -> {
            Map<String, Object> bucket = new LinkedHashMap<>();
            bucket.put("at", rows.getTimestamp("bucket").toInstant().atOffset(ZoneOffset.UTC));
            bucket.put("bytesDown", rows.getLong("down"));
            bucket.put("bytesUp", rows.getLong("up"));
            return bucket;
        }, buckets.interval(), Timestamp.from(buckets.from()), subscriptionId, Timestamp.from(buckets.from()),
                Timestamp.from(buckets.to()));
    }
}
