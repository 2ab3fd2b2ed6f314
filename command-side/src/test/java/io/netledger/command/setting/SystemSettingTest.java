package io.netledger.command.setting;

import io.netledger.api.RuleViolation;
import io.netledger.api.setting.ChangeSetting;
import io.netledger.api.setting.SettingChanged;
import io.netledger.api.setting.SettingDefined;
import io.netledger.api.setting.SettingType;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SystemSettingTest {

    private static final long TAX = 913_000_000_000_000_011L;
    private static final long FLAG = 913_000_000_000_000_012L;
    private static final long PORTAL = 913_000_000_000_000_013L;

    private AggregateTestFixture<SystemSetting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SystemSetting.class);
    }

    private static SettingDefined defined(long id, String key, String value, SettingType type) {
        return new SettingDefined(id, key, value, type, "test", null, false);
    }

    @Test
    void changesANumberToAnotherNumber() {
        fixture.given(defined(TAX, "billing.tax_rate", "11", SettingType.NUMBER))
                .when(new ChangeSetting(TAX, 0L, "12"))
                .expectEvents(new SettingChanged(TAX, "billing.tax_rate", "12"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void refusesANumberSettingThatIsNotANumber() {
        fixture.given(defined(TAX, "billing.tax_rate", "11", SettingType.NUMBER))
                .when(new ChangeSetting(TAX, null, "sebelas"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("billing.tax_rate is a number, not 'sebelas'")
                .expectNoEvents();
    }

    @Test
    void acceptsOnlyTrueOrFalseForABoolean() {
        fixture.given(defined(FLAG, "portal.enabled", "true", SettingType.BOOLEAN))
                .when(new ChangeSetting(FLAG, null, "yes"))
                .expectException(RuleViolation.class);
        fixture.given(defined(FLAG, "portal.enabled", "true", SettingType.BOOLEAN))
                .when(new ChangeSetting(FLAG, null, "false"))
                .expectEvents(new SettingChanged(FLAG, "portal.enabled", "false"));
    }

    @Test
    void acceptsOnlyValidJsonForAJsonSetting() {
        fixture.given(defined(PORTAL, "portal.theme", "{}", SettingType.JSON))
                .when(new ChangeSetting(PORTAL, null, "{\"color\": "))
                .expectException(RuleViolation.class);
        fixture.given(defined(PORTAL, "portal.theme", "{}", SettingType.JSON))
                .when(new ChangeSetting(PORTAL, null, "{\"color\": \"#0a5\"}"))
                .expectEvents(new SettingChanged(PORTAL, "portal.theme", "{\"color\": \"#0a5\"}"));
    }

    @Test
    void settingTheSameValueRecordsNothing() {
        fixture.given(defined(TAX, "billing.tax_rate", "11", SettingType.NUMBER))
                .when(new ChangeSetting(TAX, null, "11"))
                .expectNoEvents();
    }

    @Test
    void refusesAValueTheSettingsTableCannotHold() {
        fixture.given(defined(TAX, "isolir.message", "Bayar dulu", SettingType.STRING))
                .when(new ChangeSetting(TAX, null, "Bayar\u0000dulu"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("isolir.message holds the NUL character (\\u0000), which cannot be stored")
                .expectNoEvents();
        fixture.given(defined(TAX, "isolir.message", "Bayar dulu", SettingType.STRING))
                .when(new ChangeSetting(TAX, null, "Bayar dulu,\nterima kasih"))
                .expectSuccessfulHandlerExecution();
    }
}
