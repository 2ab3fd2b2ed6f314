package io.netledger.api.genieacs;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A row of the device read model as staff read it. {@code online} is whether it informed within the
 * integration's {@code onlineWithinMinutes}; {@code linkedBy} is {@code rule} or {@code staff}, null when unclaimed.
 */
public record CpeDeviceView(
        String deviceId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) long integrationId,
        String dataModel,
        String manufacturer,
        String model,
        String serialNumber,
        String firmware,
        OffsetDateTime lastInform,
        boolean online,
        String wanAddress,
        List<String> ssids,
        BigDecimal opticalRxPowerDbm,
        String pppoeUsername,
        List<String> tags,
        Map<String, String> parameters,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Long subscriptionId,
        String linkedBy,
        OffsetDateTime syncedAt) {
}
