package io.netledger.command.setting;

import io.netledger.api.NotFound;
import io.netledger.command.CurrentState;
import io.netledger.command.claim.UniqueClaims;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** What other command handlers may read of the settings: a setting's id by its key, and its value now. */
@Component
public class SettingLookup {

    private final UniqueClaims claims;
    private final CurrentState<SystemSetting> settings;

    SettingLookup(UniqueClaims claims, EventStore events) {
        this.claims = claims;
        this.settings = new CurrentState<>(SystemSetting.class, events);
    }

    /** The id of the setting with this key; {@link NotFound} when there is none. */
    public long idOf(String key) {
        return claims.owner(SettingCreation.KEY_SCOPE, key)
                .orElseThrow(() -> new NotFound("setting " + key + " does not exist"));
    }

    /**
     * The value a setting has now, from its events rather than the read model, which may lag
     * (see {@link CurrentState}: every invoice issued and customer registered reads a setting,
     * and must not queue behind the others on its lock).
     */
    public String currentValue(String key) {
        return settings.read(idOf(key), SystemSetting::value)
                .orElseThrow(() -> new NotFound("setting " + key + " does not exist"));
    }
}
