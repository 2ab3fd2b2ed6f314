package io.netledger.app.personal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netledger.command.personal.PersonalFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A table of serialized events (the store, the dead letters) whose personal fields {@link SealEarlierHistory}
 * seals in place: only the rows of personal types are read, a batch at a time in the order of the table's key,
 * and only those that change are written back.
 */
enum EventTable {

    STORE("domain_event_entry", "global_index"),
    DEAD_LETTERS("dead_letter_entry", "dead_letter_id");

    private final String table;
    private final String key;

    EventTable(String table, String key) {
        this.table = table;
        this.key = key;
    }

    /** Seals every personal field still in clear; answers how many rows changed. */
    int seal(JdbcTemplate jdbc, ObjectMapper json, PersonalFields fields, EarlierShapes shapes, int batch) {
        String[] personal = personalTypes(jdbc);
        if (personal.length == 0) {
            return 0;
        }
        int sealed = 0;
        Object after = null;
        while (true) {
            List<Row> rows = next(jdbc, personal, after, batch);
            if (rows.isEmpty()) {
                return sealed;
            }
            List<Object[]> changed = new ArrayList<>();
            for (Row row : rows) {
                seal(row, json, fields, shapes).ifPresent(payload -> changed.add(new Object[] {payload, row.key()}));
            }
            jdbc.batchUpdate("update " + table + " set payload = ? where " + key + " = ?", changed);
            sealed += changed.size();
            after = rows.get(rows.size() - 1).key();
        }
    }

    /** The types stored here that carry personal data; a type no longer on the class path carries none. */
    private String[] personalTypes(JdbcTemplate jdbc) {
        return jdbc.queryForList("select distinct payload_type from " + table, String.class).stream()
                .filter(type -> loaded(type).map(PersonalFields::arePersonal).orElse(false))
                .toArray(String[]::new);
    }

    private List<Row> next(JdbcTemplate jdbc, String[] types, Object after, int batch) {
        return jdbc.query(connection -> {
            PreparedStatement select = connection.prepareStatement("select " + key
                    + ", payload_type, aggregate_identifier, payload from " + table + " where payload_type = any(?)"
                    + (after == null ? "" : " and " + key + " > ?") + " order by " + key + " limit " + batch);
            select.setArray(1, connection.createArrayOf("text", types));
            if (after != null) {
                select.setObject(2, after);
            }
            return select;
        }, (rs, n) -> new Row(rs.getObject(1), rs.getString(2), rs.getString(3), rs.getBytes(4)));
    }

    private static Optional<byte[]> seal(Row row, ObjectMapper json, PersonalFields fields,
            EarlierShapes shapes) {
        Class<?> type = loaded(row.type()).orElseThrow();
        ObjectNode tree;
        try {
            tree = (ObjectNode) json.readTree(row.payload());
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException(row.type() + " " + row.key() + " in the store is not a JSON object", e);
        }
        boolean changed = shapes.update(type, tree, row.aggregate());
        changed |= fields.seal(type, tree);
        if (!changed) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.writeValueAsBytes(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Class<?>> loaded(String type) {
        try {
            return Optional.of(Class.forName(type, false, EventTable.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private record Row(Object key, String type, String aggregate, byte[] payload) {
    }
}
