package io.netledger.api.history;

import java.util.List;

/** The positions in the event store of the events that touched a record, in order. */
public record RecordEvents(List<Long> positions) {
}
