package io.netledger.api.setting;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;

/** A row of {@code system_settings} as clients read it. */
public record SettingView(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long id,
        String key,
        String value,
        SettingType type,
        String group,
        String description,
        boolean isPublic,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonIgnore long aggregateVersion) {
}
