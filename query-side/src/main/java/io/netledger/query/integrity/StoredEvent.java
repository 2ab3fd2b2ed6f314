package io.netledger.query.integrity;

/**
 * One row of {@code domain_event_entry} exactly as stored: the fields of the export's line format
 * (docs/adr/0016-event-chain.md), which are all the chain covers. Public for the bench, which
 * hashes the same rows in memory.
 */
public record StoredEvent(long position, String eventId, String aggregateId, String aggregateType, long sequence,
        String payloadType, String payloadRevision, String timestamp, byte[] payload, byte[] metaData) {
}
