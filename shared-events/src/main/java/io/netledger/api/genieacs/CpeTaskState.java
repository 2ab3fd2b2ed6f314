package io.netledger.api.genieacs;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a push stands: {@code requested} until sent; {@code queued} in GenieACS for a device that could not be
 * reached (followed until it informs); {@code done}; {@code faulted} (the device refused it, staff may retry);
 * {@code failed} (the ACS could not be reached, staff may retry); {@code no_device} (nothing is linked).
 */
public enum CpeTaskState {
    REQUESTED, QUEUED, DONE, FAULTED, FAILED, NO_DEVICE;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    public boolean retryable() {
        return this == FAULTED || this == FAILED;
    }
}
