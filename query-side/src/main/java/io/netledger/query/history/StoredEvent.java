package io.netledger.query.history;

import org.axonframework.eventhandling.DomainEventMessage;

/** An event read back from the store, with its position there. */
record StoredEvent(long position, DomainEventMessage<?> message) {
}
