package io.netledger.api.telemetry;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.OffsetDateTime;
import java.util.Map;

/** A row of {@code network_logs} as clients read it. */
public record NetworkLogView(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long id,
        @JsonFormat(shape = JsonFormat.Shape.STRING) long nasServerId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Long subscriptionId,
        NetworkLogType logType,
        String message,
        String sourceIp,
        String destinationIp,
        Integer port,
        Map<String, Object> additionalData,
        OffsetDateTime occurredAt,
        OffsetDateTime createdAt) {
}
