package io.netledger.saga.cpe;

import io.netledger.api.Ids;
import io.netledger.api.genieacs.CpeFactoryResetRequested;
import io.netledger.api.genieacs.CpeRebootRequested;
import io.netledger.api.genieacs.CpeTaskKind;
import io.netledger.api.genieacs.CpeTaskRetryRequested;
import io.netledger.api.genieacs.CpeWifiChangeRequested;
import io.netledger.api.provisioning.RouterOperation;
import io.netledger.api.provisioning.RouterWorkCompleted;
import io.netledger.api.secret.SecretCipher;
import io.netledger.api.subscription.PppoePasswordRotated;
import io.netledger.api.subscription.SubscriptionReactivated;
import io.netledger.api.subscription.SubscriptionSuspended;
import io.netledger.api.subscription.SubscriptionTerminated;
import io.netledger.genieacs.CpeSettings;
import io.netledger.genieacs.DeviceTask;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;

/**
 * When a subscription is provisioned on its router or its PPPoE password rotated, its CPE gets the account; when
 * staff or the customer ask for new Wi-Fi, a reboot or a factory reset, the CPE gets that. Runs in a tracking
 * processor of its own that starts at the head of the stream (see {@link CpeConfiguration}): a replay never
 * reaches a device, and {@link DisallowReplay} keeps a reset of every processor (a test's, an operator's) from
 * pushing old settings again.
 */
@ProcessingGroup(CpeConfiguration.PUSHES)
@DisallowReplay
class CpePushes {

    private final CpePusher pusher;
    private final SubscriptionSecrets secrets;
    private final SecretCipher cipher;

    CpePushes(CpePusher pusher, SubscriptionSecrets secrets, SecretCipher cipher) {
        this.pusher = pusher;
        this.secrets = secrets;
        this.cipher = cipher;
    }

    @EventHandler
    void on(RouterWorkCompleted event) {
        if (event.operation() == RouterOperation.PROVISION) {
            pushAccount(event.subscriptionId(), Ids.next(), false);
        }
    }

    @EventHandler
    void on(PppoePasswordRotated event) {
        pushAccount(event.subscriptionId(), Ids.next(), false);
    }

    /** A suspension leaves the CPE alone unless its integration says to disable the WAN. */
    @EventHandler
    void on(SubscriptionSuspended event) {
        pusher.pushIf(event.subscriptionId(), Ids.next(), CpeTaskKind.WAN_DISABLE,
                settings -> settings.disableWanOnSuspension(), model -> CpeSettings.wan(model, false));
    }

    @EventHandler
    void on(SubscriptionReactivated event) {
        pusher.pushIf(event.subscriptionId(), Ids.next(), CpeTaskKind.WAN_ENABLE,
                settings -> settings.disableWanOnSuspension(), model -> CpeSettings.wan(model, true));
    }

    /** The link goes with the subscription (the read model drops it); NetLedger's tag too, where configured. */
    @EventHandler
    void on(SubscriptionTerminated event) {
        pusher.untagTerminated(event.subscriptionId());
    }

    @EventHandler
    void on(CpeWifiChangeRequested event) {
        pusher.push(event.subscriptionId(), event.pushId(), CpeTaskKind.WIFI, true, model -> CpeSettings.wifi(model,
                event.ssid(), new String(cipher.open(event.passphraseEncrypted()))));
    }

    @EventHandler
    void on(CpeRebootRequested event) {
        pusher.push(event.subscriptionId(), event.pushId(), CpeTaskKind.REBOOT, true, model -> DeviceTask.reboot());
    }

    @EventHandler
    void on(CpeFactoryResetRequested event) {
        pusher.push(event.subscriptionId(), event.pushId(), CpeTaskKind.FACTORY_RESET, true,
                model -> DeviceTask.factoryReset());
    }

    @EventHandler
    void on(CpeTaskRetryRequested event) {
        if (event.taskId() != null && event.integrationId() != null && event.deviceId() != null) {
            pusher.retryFaulted(event.subscriptionId(), event.pushId(), event.kind(), event.integrationId(),
                    event.deviceId(), event.taskId());
            return;
        }
        switch (event.kind()) {
            case PPPOE_CREDENTIALS -> pushAccount(event.subscriptionId(), event.pushId(), true);
            case WIFI -> secrets.wifi(event.subscriptionId(), event.pushId()).ifPresent(wifi ->
                    pusher.push(event.subscriptionId(), event.pushId(), CpeTaskKind.WIFI, true, model ->
                            CpeSettings.wifi(model, wifi.ssid(), new String(cipher.open(wifi.passphrase())))));
            case REBOOT -> pusher.push(event.subscriptionId(), event.pushId(), CpeTaskKind.REBOOT, true,
                    model -> DeviceTask.reboot());
            case WAN_DISABLE, WAN_ENABLE -> pusher.push(event.subscriptionId(), event.pushId(), event.kind(), true,
                    model -> CpeSettings.wan(model, event.kind() == CpeTaskKind.WAN_ENABLE));
            case FACTORY_RESET -> pusher.push(event.subscriptionId(), event.pushId(), CpeTaskKind.FACTORY_RESET, true,
                    model -> DeviceTask.factoryReset());
        }
    }

    private void pushAccount(long subscriptionId, long pushId, boolean requested) {
        secrets.pppoeAccount(subscriptionId).ifPresent(account -> pusher.push(subscriptionId, pushId,
                CpeTaskKind.PPPOE_CREDENTIALS, requested, model -> CpeSettings.pppoeAccount(model, account.username(),
                        new String(cipher.open(account.password())))));
    }
}
