package io.netledger.command.nas;

import io.netledger.api.RuleViolation;
import io.netledger.command.CurrentState;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** What a subscription asks of a NAS before it is placed there: does it exist, and is it in service. */
@Component
public class NasLookup {

    private final CurrentState<NasServer> routers;

    NasLookup(EventStore events) {
        this.routers = new CurrentState<>(NasServer.class, events);
    }

    public void requireActive(long nasId) {
        boolean active = routers.read(nasId, NasServer::isActive)
                .orElseThrow(() -> new RuleViolation("nasServerId " + nasId + " names no NAS server"));
        RuleViolation.check(active, "NAS server " + nasId + " is deactivated");
    }
}
