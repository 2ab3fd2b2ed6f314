package io.netledger.saga.cpe;

import io.netledger.api.IspCalendar;
import io.netledger.api.PageSpec;
import io.netledger.api.genieacs.CpeDeviceView;
import io.netledger.api.genieacs.CpeDevices;
import io.netledger.api.genieacs.CpeTaskKind;
import io.netledger.api.genieacs.CpeTaskState;
import io.netledger.api.genieacs.FindGenieAcsEndpoint;
import io.netledger.api.genieacs.FindGenieAcsIntegrations;
import io.netledger.api.genieacs.FindSubscriptionCpe;
import io.netledger.api.genieacs.GenieAcsConfiguration;
import io.netledger.api.genieacs.GenieAcsEndpoint;
import io.netledger.api.genieacs.GenieAcsIntegrationPage;
import io.netledger.api.genieacs.RecordCpeTask;
import io.netledger.api.genieacs.SyncStatus;
import io.netledger.api.genieacs.SyncType;
import io.netledger.genieacs.AcsFault;
import io.netledger.genieacs.DeviceId;
import io.netledger.genieacs.DeviceTask;
import io.netledger.genieacs.GenieAcsClient;
import io.netledger.genieacs.NbiFailure;
import io.netledger.genieacs.TaskOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Sends one push to the subscription's CPE and records how it went: on the subscription (an event, so in the audit
 * log) and as a real-time {@code geniacs_data_sync} row (pending while GenieACS holds the task for a device that
 * could not be reached). The task is built for the device's data model only here, where secrets are opened.
 */
final class CpePusher {

    static final String ENTITY = "subscription";

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final AcsClients clients;
    private final CpeDevices devices;
    private final IspCalendar calendar;

    CpePusher(QueryGateway queries, CommandGateway commands, AcsClients clients, CpeDevices devices,
            IspCalendar calendar) {
        this.queries = queries;
        this.commands = commands;
        this.clients = clients;
        this.devices = devices;
        this.calendar = calendar;
    }

    /**
     * Pushes a new task to whichever device is linked to the subscription now. A subscription without one records
     * {@code no_device} when someone asked ({@code requested}); an automatic push (a provisioning, a new
     * password) for a subscription without a CPE is no news and records nothing.
     */
    void push(long subscriptionId, long pushId, CpeTaskKind kind, boolean requested,
            Function<String, DeviceTask> taskFor) {
        Optional<CpeDeviceView> device = queries.query(new FindSubscriptionCpe(subscriptionId),
                ResponseTypes.optionalInstanceOf(CpeDeviceView.class)).join();
        if (device.isEmpty()) {
            if (requested) {
                record(subscriptionId, pushId, kind, CpeTaskState.NO_DEVICE, null, null, null, null,
                        "no device is linked to the subscription");
            }
            return;
        }
        CpeDeviceView cpe = device.get();
        Optional<GenieAcsEndpoint> acs = endpoint(cpe.integrationId());
        if (acs.isEmpty()) {
            record(subscriptionId, pushId, kind, CpeTaskState.NO_DEVICE, cpe.integrationId(), cpe.deviceId(), null,
                    null, "GenieACS integration " + cpe.integrationId() + " is not active");
            return;
        }
        long syncId = started(acs.get(), subscriptionId, pushId, kind, cpe.deviceId());
        try {
            TaskOutcome outcome = clients.of(acs.get()).push(DeviceId.parse(cpe.deviceId()),
                    taskFor.apply(cpe.dataModel()));
            recorded(subscriptionId, pushId, kind, acs.get(), cpe.deviceId(), outcome, syncId);
        } catch (NbiFailure failure) {
            failed(subscriptionId, pushId, kind, acs.get().integrationId(), cpe.deviceId(), null, failure, syncId);
        }
    }

    /** Pushes only when the linked device's integration is configured for it ({@code applies}). */
    void pushIf(long subscriptionId, long pushId, CpeTaskKind kind,
            Predicate<GenieAcsConfiguration> applies,
            Function<String, DeviceTask> taskFor) {
        Optional<CpeDeviceView> device = queries.query(new FindSubscriptionCpe(subscriptionId),
                ResponseTypes.optionalInstanceOf(CpeDeviceView.class)).join();
        boolean configured = device.flatMap(cpe -> endpoint(cpe.integrationId()))
                .filter(acs -> applies.test(acs.configuration())).isPresent();
        if (configured) {
            push(subscriptionId, pushId, kind, false, taskFor);
        }
    }

    /**
     * Removes the tag {@code <tagPrefix><subscriptionId>} from the devices that carry it, in every active integration
     * configured to remove tags on termination. Found by the tag in the ACS itself, not through the link, which
     * the read model drops at the same time.
     */
    void untagTerminated(long subscriptionId) {
        for (int page = 0; ; page++) {
            GenieAcsIntegrationPage integrations = queries.query(
                    new FindGenieAcsIntegrations(true, new PageSpec(page,
                            PageSpec.MAX_SIZE, "createdAt", true)),
                    ResponseTypes.instanceOf(GenieAcsIntegrationPage.class)).join();
            for (var integration : integrations.content()) {
                if (integration.configuration().removeTagsOnTermination()) {
                    endpoint(integration.id()).ifPresent(acs -> untag(acs, subscriptionId));
                }
            }
            if (integrations.content().size() < PageSpec.MAX_SIZE) {
                return;
            }
        }
    }

    private void untag(GenieAcsEndpoint acs, long subscriptionId) {
        String tag = acs.configuration().tagPrefix() + subscriptionId;
        GenieAcsClient client = clients.of(acs);
        long syncId = devices.started(acs.integrationId(), SyncType.REAL_TIME, ENTITY, String.valueOf(subscriptionId),
                Map.of("untag", tag), calendar.now());
        try {
            var tagged = client.devices(GenieAcsClient.everyDevice().put("_tags", tag), List.of("_id"), 100);
            tagged.forEach(device -> client.untag(device.id(), tag));
            devices.finished(syncId, SyncStatus.SUCCESS, Map.of("untagged", tagged.size()), null, calendar.now());
        } catch (NbiFailure failure) {
            devices.finished(syncId, SyncStatus.FAILED, Map.of(), failure.getMessage(), calendar.now());
        }
    }

    /** Clears a faulted task's fault in GenieACS and asks the device to run it now. */
    void retryFaulted(long subscriptionId, long pushId, CpeTaskKind kind, long integrationId, String deviceId,
            String taskId) {
        Optional<GenieAcsEndpoint> acs = endpoint(integrationId);
        if (acs.isEmpty()) {
            record(subscriptionId, pushId, kind, CpeTaskState.NO_DEVICE, integrationId, deviceId, taskId, null,
                    "GenieACS integration " + integrationId + " is not active");
            return;
        }
        long syncId = started(acs.get(), subscriptionId, pushId, kind, deviceId);
        GenieAcsClient client = clients.of(acs.get());
        DeviceId device = DeviceId.parse(deviceId);
        try {
            client.retry(taskId);
            client.connectionRequest(device);
            recorded(subscriptionId, pushId, kind, acs.get(), deviceId, client.follow(device, taskId), syncId);
        } catch (NbiFailure failure) {
            failed(subscriptionId, pushId, kind, integrationId, deviceId, taskId, failure, syncId);
        }
    }

    /** Asks GenieACS where a queued task stands; records only a change. */
    void follow(long subscriptionId, long pushId, CpeTaskKind kind, long integrationId, String deviceId,
            String taskId) {
        Optional<GenieAcsEndpoint> acs = endpoint(integrationId);
        if (acs.isEmpty()) {
            return;
        }
        TaskOutcome outcome = clients.of(acs.get()).follow(DeviceId.parse(deviceId), taskId);
        if (outcome.state() != TaskOutcome.State.QUEUED) {
            recorded(subscriptionId, pushId, kind, acs.get(), deviceId, outcome, null);
        }
    }

    private Optional<GenieAcsEndpoint> endpoint(long integrationId) {
        return queries.query(new FindGenieAcsEndpoint(integrationId),
                ResponseTypes.optionalInstanceOf(GenieAcsEndpoint.class)).join().filter(GenieAcsEndpoint::active);
    }

    private long started(GenieAcsEndpoint acs, long subscriptionId, long pushId, CpeTaskKind kind, String deviceId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("pushId", String.valueOf(pushId));
        data.put("kind", kind.value());
        data.put("deviceId", deviceId);
        return devices.started(acs.integrationId(), SyncType.REAL_TIME, ENTITY, String.valueOf(subscriptionId), data,
                calendar.now());
    }

    private void recorded(long subscriptionId, long pushId, CpeTaskKind kind, GenieAcsEndpoint acs, String deviceId,
            TaskOutcome outcome, Long syncId) {
        CpeTaskState state = switch (outcome.state()) {
            case DONE -> CpeTaskState.DONE;
            case QUEUED -> CpeTaskState.QUEUED;
            case FAULTED -> CpeTaskState.FAULTED;
        };
        AcsFault fault = outcome.fault().orElse(null);
        record(subscriptionId, pushId, kind, state, acs.integrationId(), deviceId, outcome.taskId(),
                fault == null ? null : fault.code(), fault == null ? null : fault.message());
        SyncStatus status = state == CpeTaskState.DONE ? SyncStatus.SUCCESS
                : state == CpeTaskState.FAULTED ? SyncStatus.FAILED : null;
        if (status != null) {
            Map<String, Object> data = Map.of("taskId", outcome.taskId(), "state", state.value());
            String error = fault == null ? null : fault.code() + " " + fault.message();
            if (syncId != null) {
                devices.finished(syncId, status, data, error, calendar.now());
            } else {
                devices.pushFinished(pushId, status, data, error, calendar.now());
            }
        }
    }

    private void failed(long subscriptionId, long pushId, CpeTaskKind kind, long integrationId, String deviceId,
            String taskId, NbiFailure failure, long syncId) {
        record(subscriptionId, pushId, kind, CpeTaskState.FAILED, integrationId, deviceId, taskId, null,
                failure.getMessage());
        devices.finished(syncId, SyncStatus.FAILED, Map.of("state", CpeTaskState.FAILED.value()), failure.getMessage(),
                calendar.now());
    }

    private void record(long subscriptionId, long pushId, CpeTaskKind kind, CpeTaskState state, Long integrationId,
            String deviceId, String taskId, String faultCode, String faultMessage) {
        commands.sendAndWait(new RecordCpeTask(subscriptionId, pushId, kind, state, integrationId, deviceId, taskId,
                faultCode, faultMessage));
    }
}
