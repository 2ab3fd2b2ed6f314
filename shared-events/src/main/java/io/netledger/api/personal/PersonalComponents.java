package io.netledger.api.personal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whose an event type's personal components are and which they are, read once from its {@link DataSubject} and
 * {@link PersonalData} annotations: a component annotated tomorrow is sealed, audited and exported without a
 * line changed elsewhere.
 */
public record PersonalComponents(SubjectKind kind, RecordComponent subjectId, List<RecordComponent> personal) {

    private static final ClassValue<Optional<PersonalComponents>> OF_TYPE = new ClassValue<>() {
        @Override
        protected Optional<PersonalComponents> computeValue(Class<?> type) {
            return read(type);
        }
    };

    /** Empty for an event that tells nothing personal. */
    public static Optional<PersonalComponents> of(Class<?> eventType) {
        return OF_TYPE.get(eventType);
    }

    /** The subject's id as the event names it; null in events stored before the event carried it. */
    public Long subjectOf(Object event) {
        Object id = valueOf(subjectId, event);
        return id == null ? null : ((Number) id).longValue();
    }

    /** Each personal component's value, null included: a null clears what the field held. */
    public Map<String, Object> valuesOf(Object event) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent component : personal) {
            values.put(component.getName(), valueOf(component, event));
        }
        return values;
    }

    /** The component that holds the subject's id, which is also its JSON field. */
    public String idField() {
        return subjectId.getName();
    }

    /** The personal components' names, which are also their JSON fields. */
    public Set<String> names() {
        return personal.stream().map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());
    }

    private static Optional<PersonalComponents> read(Class<?> type) {
        DataSubject subject = type.getAnnotation(DataSubject.class);
        if (subject == null || !type.isRecord()) {
            return Optional.empty();
        }
        RecordComponent subjectId = null;
        List<RecordComponent> personal = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(subject.idField())) {
                subjectId = component;
            }
            if (component.isAnnotationPresent(PersonalData.class)) {
                personal.add(component);
            }
        }
        if (subjectId == null) {
            throw new IllegalStateException(type.getName() + " names " + subject.idField()
                    + " as its data subject's id, but has no such component");
        }
        return personal.isEmpty() ? Optional.empty()
                : Optional.of(new PersonalComponents(subject.kind(), subjectId, List.copyOf(personal)));
    }

    private static Object valueOf(RecordComponent component, Object event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + event.getClass(), e);
        }
    }
}
