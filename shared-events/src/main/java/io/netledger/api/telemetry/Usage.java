package io.netledger.api.telemetry;

import java.time.LocalDate;

/** Bytes a subscription moved from {@code periodStart} up to (not including) {@code periodEnd}. */
public record Usage(LocalDate periodStart, LocalDate periodEnd, long bytesDown, long bytesUp) {
}
