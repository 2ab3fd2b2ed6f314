package io.netledger.api.nas;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.util.List;

/** The last reconciliation of a NAS: when, how many accounts, what disagreed, and whether it is being repaired. */
public record RouterDriftReport(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long nasId,
        Instant checkedAt,
        int accountsChecked,
        boolean repairing,
        List<RouterDrift> drifts) {
}
