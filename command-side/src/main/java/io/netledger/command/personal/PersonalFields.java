package io.netledger.command.personal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.netledger.api.personal.Erased;
import java.util.Map;
import java.util.Optional;

/**
 * Seals and opens the personal fields of an event's JSON tree with its subject's key. Each field is
 * sealed as the JSON text of its value, so a date or a map comes back as what it was. Opening a field
 * whose subject has no key any more gives {@link Erased}; a field still in clear (an event stored before
 * sealing, until the migration reached it) is left as it is.
 */
public final class PersonalFields {

    private final DataKeys keys;
    private final ObjectMapper json;

    public PersonalFields(DataKeys keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
    }

    /** Whether events of this type carry personal data. */
    public static boolean arePersonal(Class<?> type) {
        return PersonalShape.of(type).isPresent();
    }

    /** Seals the personal fields of {@code tree}, an event of {@code type}; answers whether anything changed. */
    public boolean seal(Class<?> type, ObjectNode tree) {
        Optional<PersonalShape> shape = PersonalShape.of(type);
        if (shape.isEmpty()) {
            return false;
        }
        DataKey key = null;
        boolean changed = false;
        for (String field : shape.get().fields().keySet()) {
            JsonNode value = tree.get(field);
            if (value == null || value.isNull() || value.isTextual() && DataKey.isSealed(value.textValue())) {
                continue;
            }
            if (key == null) {
                key = keys.obtain(shape.get().kind(), subject(shape.get(), tree, type));
            }
            tree.put(field, key.seal(value.toString()));
            changed = true;
        }
        return changed;
    }

    /** Opens the sealed fields of {@code tree}, an event of {@code type}, in place. */
    public void open(Class<?> type, ObjectNode tree) {
        Optional<PersonalShape> shape = PersonalShape.of(type);
        if (shape.isEmpty()) {
            return;
        }
        Optional<DataKey> key = null;
        for (Map.Entry<String, PersonalShape.Kind> field : shape.get().fields().entrySet()) {
            JsonNode value = tree.get(field.getKey());
            if (value == null || !value.isTextual() || !DataKey.isSealed(value.textValue())) {
                continue;
            }
            if (key == null) {
                key = keys.find(shape.get().kind(), subject(shape.get(), tree, type));
            }
            tree.set(field.getKey(), key.isPresent() ? parse(key.get().open(value.textValue()))
                    : erased(field.getValue()));
        }
    }

    private JsonNode erased(PersonalShape.Kind kind) {
        return switch (kind) {
            case TEXT -> TextNode.valueOf(Erased.TEXT);
            case MAP -> json.createObjectNode();
            case OTHER -> NullNode.getInstance();
        };
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a personal field opened to something that is not JSON", e);
        }
    }

    private static long subject(PersonalShape shape, ObjectNode tree, Class<?> type) {
        JsonNode id = tree.get(shape.idField());
        if (id == null || !id.canConvertToLong() && !id.isTextual()) {
            // Never store personal data in clear because its owner is unknown.
            throw new IllegalStateException(type.getSimpleName() + " has personal data but no " + shape.idField());
        }
        return id.isTextual() ? Long.parseLong(id.textValue()) : id.asLong();
    }
}
