package io.netledger.command.subscription;

import static io.netledger.api.RuleViolation.check;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.netledger.api.Text;
import io.netledger.api.genieacs.ChangeCpeWifi;
import io.netledger.api.genieacs.CpeFactoryResetRequested;
import io.netledger.api.genieacs.CpeLinked;
import io.netledger.api.genieacs.CpeRebootRequested;
import io.netledger.api.genieacs.CpeTaskKind;
import io.netledger.api.genieacs.CpeTaskRecorded;
import io.netledger.api.genieacs.CpeTaskRetryRequested;
import io.netledger.api.genieacs.CpeTaskState;
import io.netledger.api.genieacs.CpeWifiChangeRequested;
import io.netledger.api.genieacs.FactoryResetCpe;
import io.netledger.api.genieacs.LinkCpe;
import io.netledger.api.genieacs.RebootCpe;
import io.netledger.api.genieacs.RecordCpeTask;
import io.netledger.api.genieacs.RetryCpeTask;
import io.netledger.api.genieacs.WifiRules;
import java.util.HashMap;
import java.util.Map;
import io.netledger.api.subscription.SubscriptionTerminated;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Which device in which ACS is the subscription's CPE, as staff linked it (a link the integration's rule finds
 * needs no event: it follows from the device and the subscription), and what was pushed to it: each request
 * (Wi-Fi, reboot, factory reset) and each outcome the pusher recorded is an event of the subscription, so it is
 * in the audit log. A push is retried only when it faulted or failed.
 */
class SubscriptionCpe {

    static final int MAX_DEVICE_ID = 255;

    private final long subscriptionId;
    private boolean terminated;
    private Long integrationId;
    private String deviceId;
    private final Map<Long, Push> pushes = new HashMap<>();

    /** What the subscription knows of one push. */
    private record Push(CpeTaskKind kind, CpeTaskState state, String taskId, Long integrationId, String deviceId) {
    }

    SubscriptionCpe(long subscriptionId) {
        this.subscriptionId = subscriptionId;
    }

    @CommandHandler
    long handle(LinkCpe command) {
        check(!terminated, "subscription " + subscriptionId
                + " is terminated and cannot be given a CPE");
        check(command.deviceId() != null && !command.deviceId().isBlank(), "deviceId is required");
        Text.line("deviceId", command.deviceId(), MAX_DEVICE_ID);
        boolean same = command.deviceId().equals(deviceId) && Long.valueOf(command.integrationId())
                .equals(integrationId);
        if (!same) {
            apply(new CpeLinked(subscriptionId, command.integrationId(), command.deviceId()));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(ChangeCpeWifi command) {
        requireLive("given new Wi-Fi settings");
        WifiRules.ssid(command.ssid());
        check(command.passphrase() != null, "passphrase is required");
        requireNew(command.pushId());
        apply(new CpeWifiChangeRequested(subscriptionId, command.pushId(), command.ssid(), command.passphrase()));
        return getVersion();
    }

    @CommandHandler
    long handle(RebootCpe command) {
        requireLive("rebooted");
        requireNew(command.pushId());
        apply(new CpeRebootRequested(subscriptionId, command.pushId()));
        return getVersion();
    }

    @CommandHandler
    long handle(FactoryResetCpe command) {
        requireLive("factory reset");
        requireNew(command.pushId());
        apply(new CpeFactoryResetRequested(subscriptionId, command.pushId()));
        return getVersion();
    }

    /** The pusher's word on a push; the same word twice records nothing. */
    @CommandHandler
    long handle(RecordCpeTask command) {
        check(command.kind() != null && command.state() != null, "kind and state are required");
        Push known = pushes.get(command.pushId());
        boolean same = known != null && known.state() == command.state()
                && java.util.Objects.equals(known.taskId(), command.taskId());
        if (!same) {
            apply(new CpeTaskRecorded(subscriptionId, command.pushId(), command.kind(), command.state(),
                    command.integrationId(), command.deviceId(), command.taskId(), command.faultCode(),
                    command.faultMessage()));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(RetryCpeTask command) {
        Push push = pushes.get(command.pushId());
        check(push != null, "subscription " + subscriptionId + " has no CPE push " + command.pushId());
        check(push.state().retryable(), "push " + command.pushId() + " is " + push.state().value()
                + "; only a faulted or failed push is retried");
        apply(new CpeTaskRetryRequested(subscriptionId, command.pushId(), push.kind(),
                push.state() == CpeTaskState.FAULTED ? push.taskId() : null, push.integrationId(), push.deviceId()));
        return getVersion();
    }

    private void requireLive(String what) {
        check(!terminated, "subscription " + subscriptionId + " is terminated and cannot have its CPE " + what);
    }

    private void requireNew(long pushId) {
        check(!pushes.containsKey(pushId), "push " + pushId + " exists already");
    }

    @EventSourcingHandler
    void on(CpeWifiChangeRequested event) {
        pushes.put(event.pushId(), new Push(CpeTaskKind.WIFI, CpeTaskState.REQUESTED, null, null, null));
    }

    @EventSourcingHandler
    void on(CpeRebootRequested event) {
        pushes.put(event.pushId(), new Push(CpeTaskKind.REBOOT, CpeTaskState.REQUESTED, null, null, null));
    }

    @EventSourcingHandler
    void on(CpeFactoryResetRequested event) {
        pushes.put(event.pushId(), new Push(CpeTaskKind.FACTORY_RESET, CpeTaskState.REQUESTED, null, null, null));
    }

    @EventSourcingHandler
    void on(CpeTaskRecorded event) {
        pushes.put(event.pushId(), new Push(event.kind(), event.state(), event.taskId(), event.integrationId(), event.deviceId()));
    }

    @EventSourcingHandler
    void on(CpeTaskRetryRequested event) {
        Push push = pushes.get(event.pushId());
        pushes.put(event.pushId(), new Push(push.kind(), CpeTaskState.REQUESTED, push.taskId(), push.integrationId(), push.deviceId()));
    }

    @EventSourcingHandler
    void on(SubscriptionTerminated event) {
        terminated = true;
    }

    @EventSourcingHandler
    void on(CpeLinked event) {
        integrationId = event.integrationId();
        deviceId = event.deviceId();
    }
}
