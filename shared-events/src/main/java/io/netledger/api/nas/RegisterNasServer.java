package io.netledger.api.nas;

import io.netledger.api.secret.Sealed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a router; its API password arrives already sealed (AES-256-GCM). */
public record RegisterNasServer(@TargetAggregateIdentifier long nasId, NasConnection connection, Sealed password) {
}
