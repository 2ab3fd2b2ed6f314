package io.netledger.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code action} an event is recorded as in {@code audit_logs}: one of the design
 * document's create / update / delete / login, or the domain verb ("deactivate").
 * Events without it are recorded under their name in snake case.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AuditAction {
    String value();
}
