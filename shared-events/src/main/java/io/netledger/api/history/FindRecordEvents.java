package io.netledger.api.history;

import java.time.Instant;

/**
 * Which events touched a record (its own, and those of other records that named it), by position:
 * after {@code afterPosition}, at or before {@code until} when it is given, at most {@code limit}.
 *
 * @param recordType the record's kind as the history names it ({@code CUSTOMER}, {@code INVOICE}, ...)
 */
public record FindRecordEvents(String recordType, long recordId, long afterPosition, Instant until, int limit) {
}
