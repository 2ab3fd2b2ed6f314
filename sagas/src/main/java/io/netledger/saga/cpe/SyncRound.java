package io.netledger.saga.cpe;

import io.micrometer.core.instrument.MeterRegistry;
import io.netledger.api.IspCalendar;
import io.netledger.api.PageSpec;
import io.netledger.api.genieacs.CpeDevices;
import io.netledger.api.genieacs.FindGenieAcsEndpoint;
import io.netledger.api.genieacs.FindGenieAcsIntegrations;
import io.netledger.api.genieacs.GenieAcsEndpoint;
import io.netledger.api.genieacs.GenieAcsIntegrationPage;
import io.netledger.api.genieacs.GenieAcsIntegrationView;
import io.netledger.api.genieacs.SyncType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round over the active integrations: one never synced gets its full sync (so a new ACS is read within a
 * round of being registered), one whose last successful sync began at least its {@code syncIntervalMinutes} ago
 * an incremental one. An ACS that cannot be read is retried next round; the failure is its sync's row.
 */
final class SyncRound {

    private static final Logger log = LoggerFactory.getLogger(SyncRound.class);

    private final QueryGateway queries;
    private final DeviceSync sync;
    private final CpeDevices devices;
    private final IspCalendar calendar;
    private final MeterRegistry registry;

    SyncRound(QueryGateway queries, DeviceSync sync, CpeDevices devices, IspCalendar calendar,
            MeterRegistry registry) {
        this.queries = queries;
        this.sync = sync;
        this.devices = devices;
        this.calendar = calendar;
        this.registry = registry;
    }

    void run() {
        for (int page = 0; ; page++) {
            GenieAcsIntegrationPage integrations = queries.query(new FindGenieAcsIntegrations(true,
                    new PageSpec(page, PageSpec.MAX_SIZE, "createdAt", true)),
                    ResponseTypes.instanceOf(GenieAcsIntegrationPage.class)).join();
            integrations.content().forEach(this::syncIfDue);
            if (integrations.content().size() < PageSpec.MAX_SIZE) {
                return;
            }
        }
    }

    private void syncIfDue(GenieAcsIntegrationView integration) {
        Optional<Instant> last = devices.lastSyncStarted(integration.id());
        Duration interval = Duration.ofMinutes(integration.configuration().syncIntervalMinutes());
        if (last.isPresent() && last.get().plus(interval).isAfter(calendar.now())) {
            return;
        }
        Optional<GenieAcsEndpoint> endpoint = queries.query(new FindGenieAcsEndpoint(integration.id()),
                ResponseTypes.optionalInstanceOf(GenieAcsEndpoint.class)).join();
        if (endpoint.isEmpty()) {
            return;
        }
        try {
            sync.run(endpoint.get(), SyncType.INCREMENTAL);
        } catch (RuntimeException failure) {
            registry.counter("netledger.genieacs.sync.failures", "integration", String.valueOf(integration.id()))
                    .increment();
        }
    }
}
