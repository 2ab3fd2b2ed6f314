package io.netledger.command.subscription;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.netledger.api.Text;
import io.netledger.api.subscription.NetworkSettings;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;

/** Body of POST /api/v1/customers/{id}/subscriptions; the start date is today when absent. */
record SubscriptionRequest(
        @NotNull Long servicePlanId,
        @NotNull Long nasServerId,
        @NotBlank @Size(max = 64) String username,
        @NotBlank @Size(max = 1024) String password,
        LocalDate startDate) {

    record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    record EndDate(@NotNull LocalDate endDate) {
    }

    record Plan(@NotNull Long servicePlanId) {
    }

    record NewPassword(@NotBlank @Size(max = 1024) String password) {
    }

    /**
     * Checked here rather than in the aggregate only because its router-work handlers are being moved to
     * a room of their own: the text goes to customer_subscriptions.mikrotik_id and mikrotik_config (jsonb).
     */
    record RouterSync(@NotBlank @Size(max = 64) String mikrotikId, Map<String, Object> mikrotikConfig) {

        RouterSync {
            Text.line("mikrotikId", mikrotikId, 64);
            Text.json("mikrotikConfig", mikrotikConfig);
        }
    }

    /** A network as clients write it; {@code interface} is the design document's column name. */
    record Network(
            @Size(max = 45) String ipAddress,
            @Size(max = 32) String macAddress,
            @JsonProperty("interface") @Size(max = 100) String interfaceName,
            @Size(max = 16) String vlanId,
            @Size(max = 500) String description,
            Boolean primary,
            Map<String, Object> networkConfig) {

        NetworkSettings settings() {
            return new NetworkSettings(ipAddress, macAddress, interfaceName, vlanId, description, primary,
                    networkConfig);
        }
    }
}
