package io.netledger.api.provisioning;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * What the sagas are doing to a subscription's account on its router: {@code provision} (a paid invoice turns
 * it on), {@code suspend} (isolir), {@code restore} (staff reactivated it), {@code terminate} (remove it),
 * {@code change_plan} (the new plan's speed from the start of its period), {@code sync} (a new PPPoE
 * password, a new address).
 */
public enum RouterOperation {
    PROVISION, SUSPEND, RESTORE, TERMINATE, CHANGE_PLAN, SYNC;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static RouterOperation fromValue(String value) {
        return Arrays.stream(values()).filter(o -> o.value().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown router operation: " + value));
    }
}
