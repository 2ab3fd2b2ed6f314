package io.netledger.command.personal;

import io.netledger.api.personal.PersonalComponents;
import io.netledger.api.personal.SubjectKind;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The personal JSON fields of an event type, whose they are and what each holds (what an erased field
 * reads as depends on it). A record serialises its components under their own names.
 */
record PersonalShape(SubjectKind kind, String idField, Map<String, Kind> fields) {

    enum Kind { TEXT, MAP, OTHER }

    private static final ClassValue<Optional<PersonalShape>> SHAPES = new ClassValue<>() {
        @Override
        protected Optional<PersonalShape> computeValue(Class<?> type) {
            return PersonalComponents.of(type).map(PersonalShape::of);
        }
    };

    static Optional<PersonalShape> of(Class<?> type) {
        return type == null ? Optional.empty() : SHAPES.get(type);
    }

    private static PersonalShape of(PersonalComponents components) {
        Map<String, Kind> fields = new LinkedHashMap<>();
        for (RecordComponent component : components.personal()) {
            Class<?> held = component.getType();
            fields.put(component.getName(), held == String.class ? Kind.TEXT
                    : Map.class.isAssignableFrom(held) ? Kind.MAP : Kind.OTHER);
        }
        return new PersonalShape(components.kind(), components.idField(), Map.copyOf(fields));
    }
}
