package io.netledger.api.setting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Gives a setting a new value, which must read as the setting's type. */
public record ChangeSetting(
        @TargetAggregateIdentifier long settingId,
        @TargetAggregateVersion Long expectedVersion,
        String value) {
}
