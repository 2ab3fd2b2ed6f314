package io.netledger.command.setting;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.netledger.api.setting.ChangeSetting;
import io.netledger.api.setting.DefineSetting;
import io.netledger.api.setting.SettingChanged;
import io.netledger.api.setting.SettingDefined;
import io.netledger.api.setting.SettingType;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** One typed, grouped system setting (tax rate, due days, isolir list name...). */
@Aggregate
class SystemSetting {

    @AggregateIdentifier
    private Long settingId;
    private String key;
    private String value;
    private SettingType type;

    SystemSetting() {
    }

    /** Created by {@link SettingCreation}, which first claims the key. */
    SystemSetting(DefineSetting command) {
        TypedValue.check(command.type(), command.key(), command.value());
        apply(new SettingDefined(command.settingId(), command.key(), command.value(), command.type(),
                command.group(), command.description(), command.isPublic()));
    }

    @CommandHandler
    long handle(ChangeSetting command) {
        TypedValue.check(type, key, command.value());
        if (!command.value().equals(value)) {
            apply(new SettingChanged(settingId, key, command.value()));
        }
        return getVersion();
    }

    String value() {
        return value;
    }

    @EventSourcingHandler
    void on(SettingDefined event) {
        settingId = event.settingId();
        key = event.key();
        value = event.value();
        type = event.type();
    }

    @EventSourcingHandler
    void on(SettingChanged event) {
        value = event.value();
    }
}
