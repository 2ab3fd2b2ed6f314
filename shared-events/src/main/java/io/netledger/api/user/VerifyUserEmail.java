package io.netledger.api.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Marks the user's email as verified; verifying it again changes nothing. */
public record VerifyUserEmail(@TargetAggregateIdentifier long userId) {
}
