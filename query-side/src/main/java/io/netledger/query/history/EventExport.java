package io.netledger.query.history;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The event store as NDJSON, one event a line in position order, exactly as stored: the payload
 * and metadata bytes in base64 (sealed values stay sealed) and the chain's hash at its position
 * (null until the chainer has reached it), so that a line can be checked against the signed
 * checkpoints offline (docs/audit/VerifyExport.java, ADR 0016). Rows come through a database cursor and go out as they come: the heap
 * holds one fetch of rows, whatever the length of the history.
 */
@Component
class EventExport {

    private static final int FETCH = 1_000;
    private static final HexFormat HEX = HexFormat.of();

    private final DataSource dataSource;
    private final JsonFactory json = new JsonFactory();

    EventExport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Which events: positions inclusive, event types by simple name, an aggregate type, a time range. */
    record Selection(long fromPosition, long toPosition, Set<String> types, String aggregateType, Instant from,
            Instant to) {
    }

    /** Writes the selected events to {@code out}; answers how many. */
    long write(Selection selection, OutputStream out) {
        StringBuilder sql = new StringBuilder("""
                select e.global_index, e.event_identifier, e.aggregate_identifier, e.type, e.sequence_number,
                       e.payload_type, e.payload_revision, e.time_stamp, e.payload, e.meta_data, c.hash
                from domain_event_entry e left join event_chain c on c.global_index = e.global_index
                where e.global_index between ? and ?""");
        List<Object> arguments = new ArrayList<>(List.of(selection.fromPosition(), selection.toPosition()));
        if (!selection.types().isEmpty()) {
            sql.append(" and substring(e.payload_type from '[^.]+$') = any (?)");
            arguments.add(selection.types().toArray(String[]::new));
        }
        if (selection.aggregateType() != null) {
            sql.append(" and e.type = ?");
            arguments.add(selection.aggregateType());
        }
        if (selection.from() != null) {
            sql.append(" and e.time_stamp::timestamptz >= ?");
            arguments.add(Timestamp.from(selection.from()));
        }
        if (selection.to() != null) {
            sql.append(" and e.time_stamp::timestamptz < ?");
            arguments.add(Timestamp.from(selection.to()));
        }
        sql.append(" order by e.global_index");
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL streams a result through a cursor only inside a transaction.
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                statement.setFetchSize(FETCH);
                for (int i = 0; i < arguments.size(); i++) {
                    Object argument = arguments.get(i);
                    if (argument instanceof String[] array) {
                        statement.setArray(i + 1, connection.createArrayOf("text", array));
                    } else {
                        statement.setObject(i + 1, argument);
                    }
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return lines(rows, out);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the event store cannot be read for the export", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long lines(ResultSet rows, OutputStream out) throws SQLException, IOException {
        long count = 0;
        try (JsonGenerator line = json.createGenerator(out, JsonEncoding.UTF8)) {
            line.setRootValueSeparator(null);
            while (rows.next()) {
                line.writeStartObject();
                line.writeNumberField("position", rows.getLong(1));
                line.writeStringField("eventId", rows.getString(2));
                line.writeStringField("aggregateId", rows.getString(3));
                line.writeStringField("aggregateType", rows.getString(4));
                line.writeNumberField("sequence", rows.getLong(5));
                String payloadType = rows.getString(6);
                line.writeStringField("eventType", payloadType.substring(payloadType.lastIndexOf('.') + 1));
                line.writeStringField("payloadType", payloadType);
                line.writeStringField("payloadRevision", rows.getString(7));
                line.writeStringField("timestamp", rows.getString(8));
                line.writeFieldName("payload");
                line.writeBinary(rows.getBytes(9));
                byte[] meta = rows.getBytes(10);
                line.writeFieldName("metaData");
                if (meta == null) {
                    line.writeNull();
                } else {
                    line.writeBinary(meta);
                }
                byte[] hash = rows.getBytes(11);
                line.writeStringField("hash", hash == null ? null : HEX.formatHex(hash));
                line.writeEndObject();
                line.writeRaw('\n');
                count++;
                if (count % FETCH == 0) {
                    line.flush();
                }
            }
        }
        return count;
    }
}
