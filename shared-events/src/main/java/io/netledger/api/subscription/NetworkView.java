package io.netledger.api.subscription;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;

/** A row of {@code customer_networks} as clients read it. */
public record NetworkView(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long id,
        @JsonFormat(shape = JsonFormat.Shape.STRING) long customerId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) long subscriptionId,
        String ipAddress,
        String macAddress,
        @JsonProperty("interface") String interfaceName,
        String vlanId,
        String description,
        boolean isPrimary,
        Map<String, Object> networkConfig,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
