package io.netledger.api.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Notes a successful login, so that it is audited like every other change. */
public record RecordLogin(@TargetAggregateIdentifier long userId) {
}
