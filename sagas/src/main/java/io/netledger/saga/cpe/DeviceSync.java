package io.netledger.saga.cpe;

import io.netledger.api.IspCalendar;
import io.netledger.api.genieacs.CpeDeviceState;
import io.netledger.api.genieacs.CpeDevices;
import io.netledger.api.genieacs.GenieAcsConfiguration;
import io.netledger.api.genieacs.GenieAcsEndpoint;
import io.netledger.api.genieacs.SyncStatus;
import io.netledger.api.genieacs.SyncType;
import io.netledger.genieacs.AcsDevice;
import io.netledger.genieacs.GenieAcsClient;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an ACS's devices into the device read model: every device (full), or only those whose {@code _lastInform}
 * is after the last successful sync began (incremental), in pages in {@code _id} order. An incremental sync
 * reaches back {@link #OVERLAP} before that start, so that a device informing while the last sync ran, or an ACS
 * whose clock runs behind NetLedger's, is read again rather than missed; reading a device twice changes nothing.
 * Each sync is a {@code geniacs_data_sync} row, pending until it ends in success or failure.
 */
final class DeviceSync {

    static final Duration OVERLAP = Duration.ofMinutes(2);
    static final String ENTITY = "integration";
    private static final Logger log = LoggerFactory.getLogger(DeviceSync.class);
    private static final BigDecimal MAX_DBM = new BigDecimal("99.99");

    private final AcsClients clients;
    private final CpeDevices devices;
    private final IspCalendar calendar;
    private final int pageSize;

    DeviceSync(AcsClients clients, CpeDevices devices, IspCalendar calendar, int pageSize) {
        this.clients = clients;
        this.devices = devices;
        this.calendar = calendar;
        this.pageSize = pageSize;
    }

    /** An incremental sync becomes a full one when the integration was never synced successfully. */
    SyncReport run(GenieAcsEndpoint acs, SyncType requested) {
        Optional<Instant> last = requested == SyncType.INCREMENTAL ? devices.lastSyncStarted(acs.integrationId())
                : Optional.empty();
        SyncType type = last.isPresent() ? SyncType.INCREMENTAL : SyncType.FULL;
        Instant informedAfter = last.map(at -> at.minus(OVERLAP)).orElse(null);
        Instant started = calendar.now();
        Map<String, Object> plan = new LinkedHashMap<>();
        if (informedAfter != null) {
            plan.put("informedAfter", informedAfter.toString());
        }
        long syncId = devices.started(acs.integrationId(), type, ENTITY, String.valueOf(acs.integrationId()), plan,
                started);
        GenieAcsClient client = clients.of(acs);
        long callsBefore = client.calls().total();
        GenieAcsConfiguration settings = acs.configuration();
        int[] read = {0};
        int[] linked = {0};
        try {
            client.forEachPage(informedAfter == null ? GenieAcsClient.everyDevice()
                    : GenieAcsClient.informedAfter(informedAfter), settings.readParameters(), pageSize, page -> {
                        List<CpeDeviceState> states = new ArrayList<>(page.size());
                        page.forEach(device -> states.add(state(device, settings.readParameters())));
                        linked[0] += devices.store(acs.integrationId(), settings.linkBy(), settings.tagPrefix(),
                                states, calendar.now());
                        read[0] += page.size();
                    });
        } catch (RuntimeException failure) {
            SyncReport report = report(syncId, acs, type, informedAfter, read[0], linked[0],
                    client.calls().total() - callsBefore, started, SyncStatus.FAILED, failure.getMessage());
            devices.finished(syncId, SyncStatus.FAILED, report.data(), failure.getMessage(), calendar.now());
            log.warn("GenieACS {} sync of integration {} failed after {} devices: {}", type.value(),
                    acs.integrationId(), read[0], failure.getMessage());
            throw failure;
        }
        SyncReport report = report(syncId, acs, type, informedAfter, read[0], linked[0],
                client.calls().total() - callsBefore, started, SyncStatus.SUCCESS, null);
        devices.finished(syncId, SyncStatus.SUCCESS, report.data(), null, calendar.now());
        return report;
    }

    private SyncReport report(long syncId, GenieAcsEndpoint acs, SyncType type, Instant informedAfter, int read,
            int linked, long calls, Instant started, SyncStatus status, String error) {
        return new SyncReport(syncId, acs.integrationId(), type, informedAfter, read, linked, calls,
                Duration.between(started, calendar.now()).toMillis(), status, error);
    }

    static CpeDeviceState state(AcsDevice device, List<String> readParameters) {
        Map<String, String> parameters = new LinkedHashMap<>();
        readParameters.forEach(path -> device.parameter(path).ifPresent(value -> parameters.put(path, value)));
        BigDecimal rx = device.opticalRxPowerDbm().map(dbm -> BigDecimal.valueOf(dbm).setScale(2,
                RoundingMode.HALF_UP)).filter(dbm -> dbm.abs().compareTo(MAX_DBM) <= 0).orElse(null);
        return new CpeDeviceState(device.id().value(), device.tr181() ? "tr181" : "tr098", device.manufacturer(),
                device.model(), device.serialNumber(), device.firmware(), device.lastInform().orElse(null),
                device.wanAddress().orElse(null), device.ssids(), rx, device.pppUsername().orElse(null),
                device.tags(), parameters);
    }
}
