package io.netledger.query.setting;

import io.netledger.api.setting.FindSetting;
import io.netledger.api.setting.FindSettings;
import io.netledger.api.setting.SettingChanged;
import io.netledger.api.setting.SettingDefined;
import io.netledger.api.setting.SettingList;
import io.netledger.api.setting.SettingView;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Owns {@code system_settings}. */
@Component
@ProcessingGroup("settings")
class SettingProjection {

    private final SettingRows rows;

    SettingProjection(SettingRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(SettingDefined event, @Timestamp Instant at) {
        rows.save(new SettingRow(event.settingId(), event.key(), event.value(), event.type(), event.group(),
                event.description(), event.isPublic(), at));
    }

    @EventHandler
    void on(SettingChanged event, @Timestamp Instant at, @SequenceNumber long version) {
        rows.update(event.settingId(), at, version, row -> row.changed(event.value()));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    SettingList handle(FindSettings query) {
        return new SettingList(rows.find(query.publicOnly(), query.group()).stream().map(SettingRow::view).toList());
    }

    @QueryHandler
    Optional<SettingView> handle(FindSetting query) {
        return rows.findByKey(query.key()).map(SettingRow::view);
    }
}
