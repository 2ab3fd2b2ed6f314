package io.netledger.query.telemetry;

import io.netledger.api.telemetry.FindSubscriberLive;
import io.netledger.api.telemetry.SubscriberLive;
import io.netledger.api.telemetry.Usage;
import java.sql.Timestamp;
import java.time.Instant;
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
        Instant to = query.asOf() == null || query.asOf().isAfter(query.to()) ? query.to()
                : query.asOf().plusNanos(1_000);
        Map<String, Object> used = jdbc.queryForMap("""
                select coalesce(sum(value) filter (where metric_type = 'bytes_down'), 0)::bigint as down,
                       coalesce(sum(value) filter (where metric_type = 'bytes_up'), 0)::bigint as up
                from monitoring_data
                where subscription_id = ? and metric_type in ('bytes_down', 'bytes_up')
                  and recorded_at >= ? and recorded_at < ?""",
                query.subscriptionId(), Timestamp.from(query.from()), Timestamp.from(to));
        Usage usage = new Usage(query.periodStart(), query.periodEnd(), ((Number) used.get("down")).longValue(),
                ((Number) used.get("up")).longValue());
        return query.asOf() == null ? now(query, usage) : asOf(query, usage);
    }

    /**
     * As the polls up to {@code asOf} saw it: its last sample then, online if its router's last poll by then saw
     * it. Telemetry is no event: to the poll, not to the instant, and a subscription never seen reads offline.
     */
    private SubscriberLive asOf(FindSubscriberLive query, Usage usage) {
        Timestamp at = Timestamp.from(query.asOf());
        return jdbc.query("""
                select s.recorded_at, s.additional_data ->> 'address' as address,
                       s.additional_data ->> 'callerMac' as caller_mac, s.additional_data ->> 'since' as since,
                       s.recorded_at = (select max(p.recorded_at) from monitoring_data p
                                        where p.nas_server_id = s.nas_server_id and p.subscription_id is null
                                          and p.metric_type = 'cpu_usage' and p.recorded_at <= ?) as online
                from monitoring_data s
                where s.subscription_id = ? and s.metric_type = 'bytes_down' and s.recorded_at <= ?
                order by s.recorded_at desc limit 1""", rows -> {
            if (!rows.next()) {
                return new SubscriberLive(false, null, null, null, null, usage);
            }
            boolean online = rows.getBoolean("online");
            OffsetDateTime seen = rows.getObject("recorded_at", OffsetDateTime.class);
            String since = rows.getString("since");
            return new SubscriberLive(online, online && since != null ? utc(OffsetDateTime.parse(since)) : null,
                    online ? rows.getString("address") : null, online ? rows.getString("caller_mac") : null,
                    utc(seen), usage);
        }, at, query.subscriptionId(), at);
    }

    private SubscriberLive now(FindSubscriberLive query, Usage usage) {
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
