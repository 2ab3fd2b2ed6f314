package io.netledger.saga.cpe;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.netledger.api.genieacs.SyncStatus;
import io.netledger.api.genieacs.SyncType;
import java.time.Instant;
import java.util.Map;

/** What one sync did: its {@code geniacs_data_sync} row's id, and the figures that row's {@code data} holds. */
record SyncReport(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long syncId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) long integrationId,
        SyncType syncType,
        Instant informedAfter,
        int devices,
        int linkedByRule,
        long nbiCalls,
        long durationMs,
        SyncStatus status,
        String errorMessage) {

    Map<String, Object> data() {
        return Map.of("devices", devices, "linkedByRule", linkedByRule, "nbiCalls", nbiCalls, "durationMs",
                durationMs);
    }
}
