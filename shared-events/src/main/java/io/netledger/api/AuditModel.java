package io.netledger.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records an event in {@code audit_logs} under a model of its own rather than its
 * aggregate's: a customer network is changed through its subscription, but an auditor
 * asks for the history of the network.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AuditModel {

    /** The {@code model_type}, e.g. {@code CustomerNetwork}. */
    String type();

    /** The event field holding the {@code model_id}. */
    String idField();
}
