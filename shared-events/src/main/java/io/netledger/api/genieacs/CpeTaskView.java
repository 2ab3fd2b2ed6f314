package io.netledger.api.genieacs;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.OffsetDateTime;

/** One push to a subscription's CPE and its outcome. */
public record CpeTaskView(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long pushId,
        CpeTaskKind kind,
        CpeTaskState state,
        String deviceId,
        String taskId,
        String faultCode,
        String faultMessage,
        OffsetDateTime requestedAt,
        OffsetDateTime updatedAt) {
}
