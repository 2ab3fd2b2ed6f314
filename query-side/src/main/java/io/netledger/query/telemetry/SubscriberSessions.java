package io.netledger.query.telemetry;

import io.netledger.api.telemetry.FindSubscriberLive;
import io.netledger.api.telemetry.SubscriberLive;
import io.netledger.api.telemetry.Usage;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How the routers last saw a subscription ({@code subscription_sessions}) and what it used in a period: the sums
 * of its {@code bytes_down} and {@code bytes_up} rows, which the index on (subscription_id, recorded_at) finds in
 * the period's partitions alone.
 */
@Component
class SubscriberSessions {

    private final JdbcTemplate jdbc;

    SubscriberSessions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    SubscriberLive handle(FindSubscriberLive query) {
        Map<String, Object> used = jdbc.queryForMap("""
                select coalesce(sum(value) filter (where metric_type = 'bytes_down'), 0)::bigint as down,
                       coalesce(sum(value) filter (where metric_type = 'bytes_up'), 0)::bigint as up
                from monitoring_data
                where subscription_id = ? and metric_type in ('bytes_down', 'bytes_up')
                  and recorded_at >= ? and recorded_at < ?""",
                query.subscriptionId(), Timestamp.from(query.from()), Timestamp.from(query.to()));
        Usage usage = new Usage(query.periodStart(), query.periodEnd(), ((Number) used.get("down")).longValue(),
                ((Number) used.get("up")).longValue());
        return jdbc.query("select * from subscription_sessions where subscription_id = ?", rows -> {
            if (!rows.next()) {
                return new SubscriberLive(false, null, null, null, null, usage);
            }
            boolean online = rows.getBoolean("online");
            return new SubscriberLive(online, online ? utc(rows.getObject("session_since", OffsetDateTime.class)) : null,
                    online ? rows.getString("address") : null, online ? rows.getString("caller_mac") : null,
                    utc(rows.getObject("last_seen", OffsetDateTime.class)), usage);
        }, query.subscriptionId());
    }

    private static OffsetDateTime utc(OffsetDateTime at) {
        return at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
