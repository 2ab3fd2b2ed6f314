package io.netledger.app.health;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the projections' dead-letter queues hold, read straight from dead_letter_entry (Axon's JDBC
 * queue; see app/axon/ProjectionDeadLetters): the letters' columns only, never their payloads, which
 * may hold personal data and need not even be readable for a letter to be listed.
 */
@Component
class DeadLetters {

    private final JdbcTemplate jdbc;

    DeadLetters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One letter: an event a processor could not handle, or one of its aggregate's events that waits behind it. */
    record Letter(String processor, String sequenceId, long sequenceIndex, String eventType, String aggregateType,
            String aggregateId, Long sequenceNumber, Long globalPosition, String causeType, String causeMessage,
            String firstAttempt, String lastAttempt, int attempts) {

        /** The cause in one short line, without the database's detail (it may quote the refused values). */
        String causeSummary() {
            if (causeType == null) {
                return "waits behind an earlier event of its aggregate";
            }
            String message = causeMessage == null ? "" : causeMessage.split("\\s+(Detail|Where|Hint|Position):", 2)[0];
            String summary = causeType.substring(causeType.lastIndexOf('.') + 1) + ": " + message.strip();
            return summary.length() <= 200 ? summary : summary.substring(0, 200);
        }
    }

    /** Letters per processor that has any. */
    Map<String, Long> counts() {
        return jdbc.query("select processing_group, count(*) from dead_letter_entry group by processing_group",
                rs -> {
                    Map<String, Long> counts = new java.util.TreeMap<>();
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getLong(2));
                    }
                    return counts;
                });
    }

    long count(String processor) {
        return jdbc.queryForObject("select count(*) from dead_letter_entry where processing_group = ?", Long.class,
                processor);
    }

    /** The processor's letters, sequence by sequence in the order they were dead-lettered. */
    List<Letter> of(String processor) {
        return jdbc.query("""
                select d.*, e.global_index,
                       coalesce((convert_from(d.diagnostics, 'UTF8')::jsonb ->> 'attempts')::int, 0) as attempts,
                       min(d.enqueued_at) over (partition by d.sequence_identifier) as sequence_enqueued_at
                from dead_letter_entry d
                left join domain_event_entry e on e.event_identifier = d.event_identifier
                where d.processing_group = ?
                order by sequence_enqueued_at, d.sequence_identifier, d.sequence_index""", (rs, n) -> new Letter(
                rs.getString("processing_group"), rs.getString("sequence_identifier"), rs.getLong("sequence_index"),
                simpleName(rs.getString("payload_type")), rs.getString("type"), rs.getString("aggregate_identifier"),
                (Long) rs.getObject("sequence_number"), (Long) rs.getObject("global_index"),
                rs.getString("cause_type"), rs.getString("cause_message"), rs.getString("enqueued_at"),
                rs.getString("last_touched"), rs.getInt("attempts")), processor);
    }

    /** The first letter of each of the processor's sequences: the one that failed. */
    List<Letter> failing(String processor) {
        return of(processor).stream().collect(Collectors.groupingBy(Letter::sequenceId,
                java.util.LinkedHashMap::new, Collectors.toList())).values().stream().map(letters -> letters.get(0)).toList();
    }

    private static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }
}
