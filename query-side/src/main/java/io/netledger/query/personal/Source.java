package io.netledger.query.personal;

import io.netledger.api.AuditModel;
import java.lang.reflect.InvocationTargetException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * The record a personal value belongs to, named as {@code audit_logs} names it (so an export and the audit log
 * point at the same thing): the event's {@link AuditModel} where it has one (a network changed through its
 * subscription is the network's), its aggregate otherwise. The type reads in lower case, {@code customer_network}.
 */
record Source(String type, long id) {

    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    static Source of(DomainEventMessage<?> message) {
        Object event = message.getPayload();
        AuditModel model = event.getClass().getAnnotation(AuditModel.class);
        if (model != null) {
            return new Source(snake(model.type()), ((Number) component(event, model.idField())).longValue());
        }
        return new Source(snake(message.getType()), Long.parseLong(message.getAggregateIdentifier()));
    }

    private static String snake(String type) {
        return CAMEL_HUMP.matcher(type).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    }

    private static Object component(Object event, String name) {
        try {
            return event.getClass().getMethod(name).invoke(event);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(event.getClass().getName() + " has no readable " + name, e);
        }
    }
}
