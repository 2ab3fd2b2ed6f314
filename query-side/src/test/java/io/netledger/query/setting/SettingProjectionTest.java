package io.netledger.query.setting;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.api.setting.FindSetting;
import io.netledger.api.setting.FindSettings;
import io.netledger.api.setting.SettingChanged;
import io.netledger.api.setting.SettingDefined;
import io.netledger.api.setting.SettingType;
import io.netledger.api.setting.SettingView;
import io.netledger.query.ProjectionTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SettingProjectionTest extends ProjectionTest {

    @Autowired
    private SettingProjection projection;

    /** Keys are unique: each test starts from an empty table. */
    @BeforeEach
    void empty() {
        emptied("system_settings");
    }

    @Test
    void definedSettingIsARowWithItsKeyValueTypeGroupAndVisibility() {
        long id = defined("company_name", "PT Net Nusantara", "company", true);

        Map<String, Object> row = row("""
                select "key", value, type, "group", description, is_public, created_at, updated_at, aggregate_version
                from system_settings where id = ?""", id);
        assertThat(row).containsEntry("key", "company_name").containsEntry("value", "PT Net Nusantara")
                .containsEntry("type", "string").containsEntry("group", "company")
                .containsEntry("description", "shown on invoices").containsEntry("is_public", true)
                .containsEntry("aggregate_version", 0L);
        assertThat(instant(row.get("created_at"))).isEqualTo(T0);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T0);
    }

    @Test
    void aChangedValueMovesUpdatedAtAndVersion() {
        long id = defined("tax_rate", "11", "billing", true);
        handle(() -> projection.on(new SettingChanged(id, "tax_rate", "12"), T1, 1));

        Map<String, Object> row = row("select value, created_at, updated_at, aggregate_version from system_settings "
                + "where id = ?", id);
        assertThat(row).containsEntry("value", "12").containsEntry("aggregate_version", 1L);
        assertThat(instant(row.get("created_at"))).isEqualTo(T0);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T1);
        assertThat(projection.handle(new FindSetting("tax_rate")).map(SettingView::value)).contains("12");
    }

    @Test
    void theListIsOrderedByGroupAndKeyAndThePublicOneHidesTheRest() {
        defined("tax_rate", "11", "billing", true);
        defined("midtrans_mode", "sandbox", "billing", false);
        defined("company_name", "PT Net Nusantara", "company", true);

        assertThat(projection.handle(new FindSettings(false, null)).content()).extracting(SettingView::key)
                .containsExactly("midtrans_mode", "tax_rate", "company_name");
        assertThat(projection.handle(new FindSettings(true, null)).content()).extracting(SettingView::key)
                .containsExactly("tax_rate", "company_name");
        assertThat(projection.handle(new FindSettings(false, "billing")).content()).extracting(SettingView::key)
                .containsExactly("midtrans_mode", "tax_rate");
    }

    @Test
    void resetEmptiesTheTable() {
        defined("company_name", "PT Net Nusantara", "company", true);
        handle(projection::reset);

        assertThat(count("select 1 from system_settings")).isZero();
    }

    private long defined(String key, String value, String group, boolean isPublic) {
        long id = Ids.next();
        handle(() -> projection.on(new SettingDefined(id, key, value, SettingType.STRING, group, "shown on invoices",
                isPublic), T0));
        return id;
    }
}
