package io.netledger.api.genieacs;

import com.fasterxml.jackson.annotation.JsonValue;

/** The design document's {@code geniacs_data_sync.status}. */
public enum SyncStatus {
    PENDING, SUCCESS, FAILED;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
