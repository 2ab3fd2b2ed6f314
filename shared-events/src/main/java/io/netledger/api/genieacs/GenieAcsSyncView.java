package io.netledger.api.genieacs;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.OffsetDateTime;
import java.util.Map;

/** A row of {@code geniacs_data_sync}: one sync or one push, and how it ended. */
public record GenieAcsSyncView(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long id,
        @JsonFormat(shape = JsonFormat.Shape.STRING) long integrationId,
        String syncType,
        String entityType,
        String entityId,
        Map<String, Object> data,
        String status,
        String errorMessage,
        OffsetDateTime syncedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
