package io.netledger.api.genieacs;

import com.fasterxml.jackson.annotation.JsonValue;

/** The design document's {@code geniacs_data_sync.sync_type}: a whole ACS, what informed since, or one push. */
public enum SyncType {
    FULL("full"), INCREMENTAL("incremental"), REAL_TIME("real-time");

    private final String value;

    SyncType(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }
}
