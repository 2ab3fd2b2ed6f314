package io.netledger.command.setting;

import static io.netledger.api.RuleViolation.check;

import io.netledger.api.Ids;
import io.netledger.api.Text;
import io.netledger.api.setting.DefaultSettings;
import io.netledger.api.setting.DefineSetting;
import io.netledger.command.claim.UniqueClaims;
import java.util.List;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Defines settings under unique keys (the claim is taken in the command's transaction). */
@Component
class SettingCreation {

    static final String KEY_SCOPE = "setting.key";
    private static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$");

    private final Repository<SystemSetting> settings;
    private final UniqueClaims claims;

    SettingCreation(Repository<SystemSetting> settings, UniqueClaims claims) {
        this.settings = settings;
        this.claims = claims;
    }

    @CommandHandler
    void handle(DefineSetting command) throws Exception {
        check(command.key() != null && command.key().length() <= 255 && KEY.matcher(command.key()).matches(),
                "a setting key is lower-case words joined by dots, such as billing.tax_rate");
        check(command.type() != null, "type is required");
        check(command.group() != null && !command.group().isBlank(), "group is required");
        Text.line("group", command.group(), 100);
        Text.lines("description", command.description(), 10_000);
        claims.claim(KEY_SCOPE, command.key(), command.settingId());
        settings.newInstance(() -> new SystemSetting(command));
    }

    /** The defaults that are missing, to define at start-up; existing ones keep their values. */
    List<DefineSetting> missingDefaults() {
        return DefaultSettings.definitions(Ids::next).stream()
                .filter(definition -> !claims.isClaimed(KEY_SCOPE, definition.key()))
                .toList();
    }
}
