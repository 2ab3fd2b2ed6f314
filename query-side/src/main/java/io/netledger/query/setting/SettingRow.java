package io.netledger.query.setting;

import io.netledger.api.setting.SettingType;
import io.netledger.api.setting.SettingView;
import io.netledger.query.ProjectedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;

@Entity
@Table(name = "system_settings")
class SettingRow extends ProjectedRow {

    @Id
    private long id;
    @Column(name = "\"key\"")
    private String key;
    private String value;
    private String type;
    @Column(name = "\"group\"")
    private String group;
    private String description;
    private boolean isPublic;
    private Instant createdAt;
    private Instant updatedAt;
    private long aggregateVersion;

    protected SettingRow() {
    }

    @Override
    public Long getId() {
        return id;
    }

    SettingRow(long id, String key, String value, SettingType type, String group, String description,
            boolean isPublic, Instant at) {
        this.id = id;
        this.key = key;
        this.value = value;
        this.type = type.value();
        this.group = group;
        this.description = description;
        this.isPublic = isPublic;
        this.createdAt = at;
        this.updatedAt = at;
        markCreated();
    }

    void changed(String newValue) {
        value = newValue;
    }

    @Override
    protected void touched(Instant at, long version) {
        updatedAt = at;
        aggregateVersion = version;
    }

    SettingView view() {
        return new SettingView(id, key, value, SettingType.fromValue(type), group, description, isPublic,
                createdAt.atOffset(ZoneOffset.UTC), updatedAt.atOffset(ZoneOffset.UTC), aggregateVersion);
    }
}
