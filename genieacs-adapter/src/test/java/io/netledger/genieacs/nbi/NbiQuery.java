package io.netledger.genieacs.nbi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The subset of GenieACS's MongoDB-style {@code query} that the double evaluates: field equality, {@code $eq},
 * {@code $ne}, {@code $gt}, {@code $gte}, {@code $lt}, {@code $lte}, {@code $in}, {@code $nin}, {@code $exists},
 * and {@code $and}/{@code $or}/{@code $nor}, over dotted paths.
 *
 * <p>As GenieACS's {@code query.expand} does for the devices collection, a path whose last segment does not
 * start with {@code _} is a parameter and is compared on its {@code ._value}; and a string in the query also
 * matches a number or a date it spells, so {@code {"_lastInform":{"$gt":"2026-12-01T00:00:00.000Z"}}} compares
 * instants. An array in the document (such as {@code _tags}) matches when one of its elements does, as in
 * MongoDB. Anything else (regular expressions, wildcards, {@code $elemMatch}) is refused with the operator's
 * name instead of being half-evaluated, so a test never passes on a query the double did not understand.
 */
final class NbiQuery {

    private static final Set<String> COMPARISONS = Set.of("$eq", "$ne", "$gt", "$gte", "$lt", "$lte", "$in", "$nin",
            "$exists");

    private final JsonNode query;
    private final boolean devices;

    private NbiQuery(JsonNode query, boolean devices) {
        this.query = query;
        this.devices = devices;
    }

    /** A query on the {@code devices} collection (parameter paths end in {@code ._value}). */
    static NbiQuery devices(JsonNode query) {
        return checked(new NbiQuery(query, true));
    }

    /** A query on {@code tasks} or {@code faults}, whose fields are plain. */
    static NbiQuery plain(JsonNode query) {
        return checked(new NbiQuery(query, false));
    }

    static NbiQuery everything() {
        return new NbiQuery(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), false);
    }

    private static NbiQuery checked(NbiQuery q) {
        if (!q.query.isObject()) {
            throw new UnsupportedQuery("a query is a JSON object");
        }
        q.validate(q.query);
        return q;
    }

    private void validate(JsonNode clause) {
        for (Iterator<Map.Entry<String, JsonNode>> it = clause.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (key.startsWith("$")) {
                if (!Set.of("$and", "$or", "$nor").contains(key) || !field.getValue().isArray()) {
                    throw new UnsupportedQuery("operator not supported by the NBI double: " + key);
                }
                field.getValue().forEach(this::validate);
            } else if (field.getValue().isObject() && field.getValue().fieldNames().hasNext()
                    && field.getValue().fieldNames().next().startsWith("$")) {
                field.getValue().fieldNames().forEachRemaining(op -> {
                    if (!COMPARISONS.contains(op)) {
                        throw new UnsupportedQuery("operator not supported by the NBI double: " + op);
                    }
                });
            }
        }
    }

    boolean matches(JsonNode document) {
        return matches(query, document);
    }

    private boolean matches(JsonNode clause, JsonNode document) {
        for (Iterator<Map.Entry<String, JsonNode>> it = clause.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode condition = field.getValue();
            boolean holds = switch (key) {
                case "$and" -> all(condition, document);
                case "$or" -> any(condition, document);
                case "$nor" -> !any(condition, document);
                default -> fieldMatches(path(key), condition, document);
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private boolean all(JsonNode clauses, JsonNode document) {
        for (JsonNode clause : clauses) {
            if (!matches(clause, document)) {
                return false;
            }
        }
        return true;
    }

    private boolean any(JsonNode clauses, JsonNode document) {
        for (JsonNode clause : clauses) {
            if (matches(clause, document)) {
                return true;
            }
        }
        return false;
    }

    private String path(String key) {
        if (devices && key.charAt(key.lastIndexOf('.') + 1) != '_') {
            return key + "._value";
        }
        return key;
    }

    private boolean fieldMatches(String path, JsonNode condition, JsonNode document) {
        List<JsonNode> values = valuesAt(document, path);
        boolean operators = condition.isObject() && condition.fieldNames().hasNext()
                && condition.fieldNames().next().startsWith("$");
        if (!operators) {
            return values.stream().anyMatch(value -> equal(value, condition));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = condition.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> op = it.next();
            JsonNode operand = op.getValue();
            boolean holds = switch (op.getKey()) {
                case "$eq" -> values.stream().anyMatch(v -> equal(v, operand));
                case "$ne" -> values.stream().noneMatch(v -> equal(v, operand));
                case "$gt" -> values.stream().anyMatch(v -> compare(v, operand).map(c -> c > 0).orElse(false));
                case "$gte" -> values.stream().anyMatch(v -> compare(v, operand).map(c -> c >= 0).orElse(false));
                case "$lt" -> values.stream().anyMatch(v -> compare(v, operand).map(c -> c < 0).orElse(false));
                case "$lte" -> values.stream().anyMatch(v -> compare(v, operand).map(c -> c <= 0).orElse(false));
                case "$in" -> in(values, operand);
                case "$nin" -> !in(values, operand);
                case "$exists" -> values.isEmpty() != operand.asBoolean();
                default -> throw new UnsupportedQuery("operator not supported by the NBI double: " + op.getKey());
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private static boolean in(List<JsonNode> values, JsonNode operand) {
        if (!operand.isArray()) {
            throw new UnsupportedQuery("$in and $nin take an array");
        }
        for (JsonNode candidate : operand) {
            if (values.stream().anyMatch(v -> equal(v, candidate))) {
                return true;
            }
        }
        return false;
    }

    /** The values at a dotted path; an array on the way or at the end contributes each of its elements. */
    private static List<JsonNode> valuesAt(JsonNode document, String path) {
        List<JsonNode> current = List.of(document);
        for (String segment : path.split("\\.")) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                JsonNode child = node.get(segment);
                if (child != null && !child.isNull()) {
                    next.add(child);
                }
            }
            current = next;
        }
        List<JsonNode> flat = new ArrayList<>();
        for (JsonNode node : current) {
            if (node.isArray()) {
                node.forEach(flat::add);
            } else {
                flat.add(node);
            }
        }
        return flat;
    }

    private static boolean equal(JsonNode value, JsonNode wanted) {
        if (value.equals(wanted)) {
            return true;
        }
        return compare(value, wanted).map(c -> c == 0).orElse(false);
    }

    /** Numbers as numbers, dates as instants, text as text; empty when the two cannot be compared. */
    private static Optional<Integer> compare(JsonNode value, JsonNode wanted) {
        if (value.isNumber() && (wanted.isNumber() || wanted.isTextual() && number(wanted.asText()).isPresent())) {
            double w = wanted.isNumber() ? wanted.asDouble() : number(wanted.asText()).get();
            return Optional.of(Double.compare(value.asDouble(), w));
        }
        if (value.isTextual() && wanted.isTextual()) {
            Optional<Instant> a = instant(value.asText());
            Optional<Instant> b = instant(wanted.asText());
            if (a.isPresent() && b.isPresent()) {
                return Optional.of(a.get().compareTo(b.get()));
            }
            return Optional.of(value.asText().compareTo(wanted.asText()));
        }
        if (value.isBoolean() && wanted.isBoolean()) {
            return Optional.of(Boolean.compare(value.asBoolean(), wanted.asBoolean()));
        }
        return Optional.empty();
    }

    private static Optional<Double> number(String text) {
        try {
            return Optional.of(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(String text) {
        if (text.length() < 20 || !Character.isDigit(text.charAt(0))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** What GenieACS would pass to MongoDB but the double does not evaluate; answered 400. */
    static final class UnsupportedQuery extends RuntimeException {
        UnsupportedQuery(String message) {
            super(message);
        }
    }
}
