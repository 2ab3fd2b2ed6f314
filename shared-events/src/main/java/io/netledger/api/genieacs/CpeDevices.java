package io.netledger.api.genieacs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port through which a sync writes what it read from an ACS: the device read model and the
 * {@code geniacs_data_sync} record of each sync. Devices are a copy of the ACS, not event-sourced (ADR 0019):
 * thousands of informs an hour would flood the event store with facts that belong to GenieACS, and a full sync
 * rebuilds the copy. Implemented beside the tables, in query-side.
 */
public interface CpeDevices {

    /** Records a sync or push under way ({@code pending}) and answers its id. */
    long started(long integrationId, SyncType type, String entityType, String entityId, Map<String, Object> data,
            Instant at);

    /** Ends the record: {@code success} or {@code failed} with why, and what it did. */
    void finished(long syncId, SyncStatus status, Map<String, Object> data, String errorMessage, Instant at);

    /** Ends the pending record of a push that GenieACS held until the device ran or refused it. */
    void pushFinished(long pushId, SyncStatus status, Map<String, Object> data, String errorMessage, Instant at);

    /**
     * Upserts one page of devices and links those the integration's rule finds exactly one subscription for,
     * leaving any link staff made alone. Answers how many were linked by the rule now.
     */
    int store(long integrationId, CpeLinkRule rule, String tagPrefix, List<CpeDeviceState> devices, Instant at);

    /** When the last successful full or incremental sync of the integration started, if there was one. */
    Optional<Instant> lastSyncStarted(long integrationId);
}
