package io.netledger.query.telemetry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netledger.api.Ids;
import io.netledger.api.telemetry.RouterLogLine;
import java.sql.PreparedStatement;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Turns one NAS's log lines into {@code network_logs} rows and inserts them with one statement; PostgreSQL routes
 * each row to its month's partition. The caller owns the transaction.
 */
final class NetworkLogWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MESSAGE_LIMIT = 4_000;

    private final JdbcTemplate jdbc;
    private final RouterLogClassifier classifier = new RouterLogClassifier();
    private final Subscribers subscribers;
    private final ZoneId defaultZone;

    NetworkLogWriter(JdbcTemplate jdbc, ZoneId defaultZone) {
        this.jdbc = jdbc;
        this.subscribers = new Subscribers(jdbc);
        this.defaultZone = defaultZone;
    }

    /** @return how many rows were written */
    int write(long nasServerId, List<RouterLogLine> lines, Instant receivedAt) {
        if (lines.isEmpty()) {
            return 0;
        }
        ZoneId zone = zoneOf(nasServerId);
        List<ClassifiedLine> classified = new ArrayList<>(lines.size());
        Set<String> users = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        for (RouterLogLine line : lines) {
            ClassifiedLine read = classifier.classify(clean(line));
            classified.add(read);
            if (read.pppUser() != null) {
                users.add(read.pppUser());
            } else if (read.address() != null) {
                addresses.add(read.address());
            }
        }
        Map<String, Long> byUser = subscribers.byUsername(nasServerId, users);
        Map<String, Long> byAddress = subscribers.byAddress(nasServerId, addresses);
        List<Object[]> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            ClassifiedLine read = classified.get(i);
            Long subscription = read.pppUser() != null ? byUser.get(read.pppUser()) : null;
            if (subscription == null && read.address() != null) {
                subscription = byAddress.get(read.address());
            }
            Map<String, Object> details = read.details();
            Optional<Instant> occurred = RouterTimes.resolve(lines.get(i).time(), zone, receivedAt);
            if (subscription != null && "login".equals(details.get("event")) && address(read.address()) != null) {
                // the login tells whose the address is, for the lines after it in this batch and in later ones
                byAddress.put(read.address(), subscription);
                subscribers.sessionAddress(nasServerId, read.address(), subscription, occurred.orElse(receivedAt));
            }
            if (occurred.isEmpty()) {
                details.put("routerTime", clean(lines.get(i).time()));
            }
            rows.add(new Object[] {Ids.next(), nasServerId, subscription, read.logType().value(),
                    limited(read.message()), address(read.sourceIp()), address(read.destinationIp()), read.port(),
                    json(details), occurred.orElse(receivedAt).atOffset(ZoneOffset.UTC), receivedAt.atOffset(ZoneOffset.UTC)});
        }
        insert(rows);
        return rows.size();
    }

    /**
     * One statement for the whole batch, its columns sent as arrays and turned back into rows by {@code unnest}:
     * one parse, one plan and one round trip instead of one per row, which is what makes syslog's thousands of
     * lines a second fit in one writer.
     */
    private void insert(List<Object[]> rows) {
        int columns = rows.get(0).length;
        Object[][] byColumn = new Object[columns][rows.size()];
        for (int row = 0; row < rows.size(); row++) {
            for (int column = 0; column < columns; column++) {
                Object value = rows.get(row)[column];
                byColumn[column][row] = value instanceof OffsetDateTime time ? time.toString() : value;
            }
        }
        String[] types = {"int8", "int8", "int8", "text", "text", "text", "text", "int4", "text", "text", "text"};
        jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    insert into network_logs (id, nas_server_id, subscription_id, log_type, message, source_ip,
                                              destination_ip, port, additional_data, occurred_at, created_at)
                    select id, nas, subscription, type, message, source, destination, port, data::jsonb,
                           occurred::timestamptz, created::timestamptz
                    from unnest(?::int8[], ?::int8[], ?::int8[], ?::text[], ?::text[], ?::text[], ?::text[],
                                ?::int4[], ?::text[], ?::text[], ?::text[])
                         as line(id, nas, subscription, type, message, source, destination, port, data, occurred, created)""")) {
                for (int column = 0; column < columns; column++) {
                    statement.setArray(column + 1, connection.createArrayOf(types[column], byColumn[column]));
                }
                return statement.executeUpdate();
            }
        });
    }

    /** The NAS's {@code configuration.timeZone} when it names a zone; the ISP's otherwise. */
    private ZoneId zoneOf(long nasServerId) {
        List<String> configured = jdbc.queryForList(
                "select configuration ->> 'timeZone' from nas_servers where id = ?", String.class, nasServerId);
        if (configured.isEmpty() || configured.get(0) == null) {
            return defaultZone;
        }
        try {
            return ZoneId.of(configured.get(0));
        } catch (DateTimeException unknownZone) {
            return defaultZone;
        }
    }

    /** PostgreSQL's text takes no NUL; a router's line is text for people, so other control characters go too. */
    private static RouterLogLine clean(RouterLogLine line) {
        return new RouterLogLine(line.routerId(), clean(line.time()), clean(line.topics()), clean(line.message()));
    }

    private static String clean(String text) {
        return text == null ? null : text.replaceAll("[\\p{Cntrl}&&[^\\t]]", " ");
    }

    private static String limited(String message) {
        return message.length() <= MESSAGE_LIMIT ? message : message.substring(0, MESSAGE_LIMIT);
    }

    private static String address(String address) {
        return address == null || address.length() > 45 ? null : address;
    }

    private static String json(Map<String, Object> details) {
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("log details are plain values", e);
        }
    }
}
