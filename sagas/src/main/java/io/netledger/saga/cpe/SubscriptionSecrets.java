package io.netledger.saga.cpe;

import io.netledger.api.genieacs.CpeWifiChangeRequested;
import io.netledger.api.secret.Sealed;
import io.netledger.api.subscription.PppoePasswordRotated;
import io.netledger.api.subscription.SubscriptionCreated;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The sealed settings a push needs, read back from the subscription's own events: its PPPoE username and latest
 * password, or the Wi-Fi of one request (a retry of a push that never reached the ACS sends it again). No read
 * model holds them, and none should.
 */
final class SubscriptionSecrets {

    /** A subscription's PPPoE account, the password still sealed. */
    record PppoeAccount(String username, Sealed password) {
    }

    /** One Wi-Fi request, the passphrase still sealed. */
    record Wifi(String ssid, Sealed passphrase) {
    }

    private final EventStore events;

    SubscriptionSecrets(EventStore events) {
        this.events = events;
    }

    Optional<PppoeAccount> pppoeAccount(long subscriptionId) {
        PppoeAccount account = null;
        DomainEventStream stream = events.readEvents(String.valueOf(subscriptionId), 0);
        while (stream.hasNext()) {
            Object payload = stream.next().getPayload();
            if (payload instanceof SubscriptionCreated created) {
                account = new PppoeAccount(created.username(), created.passwordEncrypted());
            } else if (payload instanceof PppoePasswordRotated rotated && account != null) {
                account = new PppoeAccount(account.username(), rotated.passwordEncrypted());
            }
        }
        return Optional.ofNullable(account);
    }

    Optional<Wifi> wifi(long subscriptionId, long pushId) {
        DomainEventStream stream = events.readEvents(String.valueOf(subscriptionId), 0);
        while (stream.hasNext()) {
            EventMessage<?> event = stream.next();
            if (event.getPayload() instanceof CpeWifiChangeRequested wifi && wifi.pushId() == pushId) {
                return Optional.of(new Wifi(wifi.ssid(), wifi.passphraseEncrypted()));
            }
        }
        return Optional.empty();
    }
}
