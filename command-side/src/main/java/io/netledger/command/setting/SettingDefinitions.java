package io.netledger.command.setting;

import static io.netledger.api.RuleViolation.check;

import io.netledger.api.Ids;
import io.netledger.api.NotFound;
import io.netledger.api.setting.DefaultSettings;
import io.netledger.api.setting.DefineSetting;
import io.netledger.api.setting.SettingChanged;
import io.netledger.api.setting.SettingDefined;
import io.netledger.command.claim.UniqueClaims;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Defines settings under unique keys, and finds a setting's id by its key. */
@Component
public class SettingDefinitions {

    static final String KEY_SCOPE = "setting.key";
    private static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$");

    private final Repository<SystemSetting> settings;
    private final UniqueClaims claims;
    private final EventStore events;

    SettingDefinitions(Repository<SystemSetting> settings, UniqueClaims claims, EventStore events) {
        this.settings = settings;
        this.claims = claims;
        this.events = events;
    }

    @CommandHandler
    void handle(DefineSetting command) throws Exception {
        check(command.key() != null && command.key().length() <= 255 && KEY.matcher(command.key()).matches(),
                "a setting key is lower-case words joined by dots, such as billing.tax_rate");
        check(command.type() != null, "type is required");
        check(command.group() != null && !command.group().isBlank(), "group is required");
        claims.claim(KEY_SCOPE, command.key(), command.settingId());
        settings.newInstance(() -> new SystemSetting(command));
    }

    /** The id of the setting with this key; {@link NotFound} when there is none. */
    public long idOf(String key) {
        return claims.owner(KEY_SCOPE, key).orElseThrow(() -> new NotFound("setting " + key + " does not exist"));
    }

    /**
     * The value a setting has now, read from its events rather than the read model, which may
     * lag. Not through the repository: loading the aggregate locks it until the caller's unit of
     * work commits, and every invoice issued and customer registered reads a setting, so they
     * would all queue behind one another on it.
     */
    public String currentValue(String key) {
        DomainEventStream stream = events.readEvents(String.valueOf(idOf(key)), 0);
        if (!stream.hasNext()) {
            throw new NotFound("setting " + key + " does not exist");
        }
        String value = null;
        while (stream.hasNext()) {
            Object payload = stream.next().getPayload();
            if (payload instanceof SettingDefined defined) {
                value = defined.value();
            } else if (payload instanceof SettingChanged changed) {
                value = changed.value();
            }
        }
        return value;
    }

    /** The defaults that are missing, to define at start-up; existing ones keep their values. */
    public java.util.List<DefineSetting> missingDefaults() {
        return DefaultSettings.definitions(Ids::next).stream()
                .filter(definition -> !claims.isClaimed(KEY_SCOPE, definition.key()))
                .toList();
    }
}
