package io.netledger.api.setting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Introduces a setting; its key is unique and never changes. */
public record DefineSetting(
        @TargetAggregateIdentifier long settingId,
        String key,
        String value,
        SettingType type,
        String group,
        String description,
        boolean isPublic) {
}
