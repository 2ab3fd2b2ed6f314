package io.netledger.command.subscription;

import static io.netledger.api.RuleViolation.check;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.netledger.api.Text;
import io.netledger.api.genieacs.CpeLinked;
import io.netledger.api.genieacs.LinkCpe;
import io.netledger.api.subscription.SubscriptionTerminated;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Which device in which ACS is the subscription's CPE, as staff linked it (a link the integration's rule finds
 * needs no event: it follows from the device and the subscription). Part of the subscription's stream, so a link
 * is refused once the subscription is terminated and shows in its history.
 */
class SubscriptionCpe {

    static final int MAX_DEVICE_ID = 255;

    private final long subscriptionId;
    private boolean terminated;
    private Long integrationId;
    private String deviceId;

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
