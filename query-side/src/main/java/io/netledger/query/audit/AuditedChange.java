package io.netledger.query.audit;

import io.netledger.api.AuditAction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What one event changed on one model: the action it is recorded as, and the old and new
 * values of the fields it touched. Secrets (hashes, encrypted passwords, keys) are
 * recorded as changed, never with their value. Personal data is recorded as changed too, never with
 * its value: the model's state keeps a print of it (keyed with the subject's data key), enough to
 * tell a change from a repeat, and nothing once the subject is erased (docs/adr/0015).
 */
record AuditedChange(String action, Map<String, Object> oldValues, Map<String, Object> newValues,
                     Map<String, Object> stateAfter) {

    static final String REDACTED = "[redacted]";
    static final String PERSONAL = "[personal]";
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|api_?key|private_?key).*");
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    /**
     * @param event     the event's fields
     * @param modelId   the model's id: fields holding it are not repeated as values
     * @param lastKnown the model's values as of the previous event, empty for a new model
     * @param personal  the event's personal fields
     * @param print     what the state keeps of a personal value instead of the value
     */
    static AuditedChange of(Object event, Map<String, Object> fields, Long modelId, Map<String, Object> lastKnown,
            Set<String> personal, Function<Object, String> print) {
        Map<String, Object> oldValues = new LinkedHashMap<>();
        Map<String, Object> newValues = new LinkedHashMap<>();
        Map<String, Object> stateAfter = new LinkedHashMap<>(lastKnown);
        fields.forEach((field, raw) -> {
            if (modelId != null && field.endsWith("Id") && Objects.equals(String.valueOf(raw), modelId.toString())) {
                return;
            }
            boolean isPersonal = personal.contains(field) && raw != null;
            Object value = isPersonal ? print.apply(raw) : SECRET.matcher(field).matches() && raw != null ? REDACTED : raw;
            boolean known = lastKnown.containsKey(field);
            if (known && Objects.equals(lastKnown.get(field), value) && !REDACTED.equals(value)) {
                return;
            }
            if (known) {
                oldValues.put(field, isPersonal || personal.contains(field) && lastKnown.get(field) != null ? PERSONAL
                        : lastKnown.get(field));
            }
            newValues.put(field, isPersonal ? PERSONAL : value);
            stateAfter.put(field, value);
        });
        return new AuditedChange(actionOf(event.getClass()), oldValues, newValues, stateAfter);
    }

    static String actionOf(Class<?> eventType) {
        AuditAction action = eventType.getAnnotation(AuditAction.class);
        if (action != null) {
            return action.value();
        }
        return CAMEL_HUMP.matcher(eventType.getSimpleName()).replaceAll("$1_$2").toLowerCase();
    }
}
