package io.netledger.api.genieacs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a sync read of one device, as the device read model keeps it. Never a password or key: the sync's
 * projection asks GenieACS for none.
 *
 * @param deviceId         GenieACS's {@code _id}
 * @param dataModel        {@code tr098} or {@code tr181}
 * @param opticalRxPowerDbm null unless the device is an ONT that reports it
 * @param parameters       the integration's {@code readParameters} the device has, by path
 */
public record CpeDeviceState(
        String deviceId,
        String dataModel,
        String manufacturer,
        String model,
        String serialNumber,
        String firmware,
        Instant lastInform,
        String wanAddress,
        List<String> ssids,
        BigDecimal opticalRxPowerDbm,
        String pppoeUsername,
        List<String> tags,
        Map<String, String> parameters) {

    public CpeDeviceState {
        ssids = ssids == null ? List.of() : List.copyOf(ssids);
        tags = tags == null ? List.of() : List.copyOf(tags);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}
