package io.netledger.api.genieacs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * How a device in GenieACS is found to be a subscription's CPE: by the PPPoE username configured on it (TR-098's
 * {@code WANPPPConnection.1.Username} or TR-181's {@code PPP.Interface.1.Username}), or by a tag
 * {@code <tagPrefix><subscriptionId>} an installer put on it.
 */
public enum CpeLinkRule {
    PPPOE_USERNAME, TAG;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static CpeLinkRule fromValue(String value) {
        return Arrays.stream(values()).filter(rule -> rule.value().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("linkBy must be one of pppoe_username, tag: " + value));
    }
}
