package io.netledger.query.telemetry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netledger.api.telemetry.NetworkLogPage;
import io.netledger.api.telemetry.NetworkLogType;
import io.netledger.api.telemetry.NetworkLogView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Network logs newest first, filtered, a keyset page at a time. */
@Component
class NetworkLogReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    NetworkLogReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param customerId when not null, only the logs of this customer's subscriptions
     * @param after      the cursor of the page before, or null for the first page
     */
    NetworkLogPage read(Long nasServerId, Long subscriptionId, NetworkLogType logType, Instant from, Instant to,
                        String text, Long customerId, LogCursor after, int size) {
        StringBuilder sql = new StringBuilder("""
                select id, nas_server_id, subscription_id, log_type, message, source_ip, destination_ip, port,
                       additional_data::text, occurred_at, created_at
                from network_logs where true""");
        List<Object> args = new ArrayList<>();
        condition(sql, args, " and nas_server_id = ?", nasServerId);
        condition(sql, args, " and subscription_id = ?", subscriptionId);
        condition(sql, args, " and log_type = ?", logType == null ? null : logType.value());
        condition(sql, args, " and occurred_at >= ?", from == null ? null : from.atOffset(ZoneOffset.UTC));
        condition(sql, args, " and occurred_at < ?", to == null ? null : to.atOffset(ZoneOffset.UTC));
        condition(sql, args, " and message ilike ? escape '\\'", text == null ? null : "%" + escaped(text) + "%");
        condition(sql, args, " and subscription_id in (select id from customer_subscriptions where customer_id = ?)",
                customerId);
        if (after != null) {
            sql.append(" and (occurred_at, id) < (?, ?)");
            args.add(after.occurredAt().atOffset(ZoneOffset.UTC));
            args.add(after.id());
        }
        sql.append(" order by occurred_at desc, id desc limit ?");
        args.add(size + 1);
        List<NetworkLogView> rows = jdbc.query(sql.toString(), (row, n) -> view(row), args.toArray());
        if (rows.size() <= size) {
            return new NetworkLogPage(rows, null);
        }
        List<NetworkLogView> page = rows.subList(0, size);
        NetworkLogView last = page.get(size - 1);
        return new NetworkLogPage(List.copyOf(page), LogCursor.after(last.occurredAt().toInstant(), last.id()).encoded());
    }

    private static void condition(StringBuilder sql, List<Object> args, String clause, Object value) {
        if (value != null) {
            sql.append(clause);
            args.add(value);
        }
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static NetworkLogView view(ResultSet row) throws SQLException {
        long subscription = row.getLong(3);
        Long subscriptionId = row.wasNull() ? null : subscription;
        int port = row.getInt(8);
        Integer portOrNull = row.wasNull() ? null : port;
        return new NetworkLogView(row.getLong(1), row.getLong(2), subscriptionId,
                NetworkLogType.fromValue(row.getString(4)), row.getString(5), row.getString(6), row.getString(7),
                portOrNull, details(row.getString(9)), row.getObject(10, OffsetDateTime.class),
                row.getObject(11, OffsetDateTime.class));
    }

    private static Map<String, Object> details(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("additional_data is jsonb", e);
        }
    }
}
