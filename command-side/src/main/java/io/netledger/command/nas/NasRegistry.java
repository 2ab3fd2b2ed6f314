package io.netledger.command.nas;

import io.netledger.api.RuleViolation;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** What a subscription asks of a NAS before it is placed there: does it exist, and is it in service. */
@Component
public class NasRegistry {

    private final Repository<NasServer> routers;

    NasRegistry(Repository<NasServer> routers) {
        this.routers = routers;
    }

    public void requireActive(long nasId) {
        boolean active;
        try {
            active = routers.load(String.valueOf(nasId)).invoke(NasServer::isActive);
        } catch (AggregateNotFoundException e) {
            throw new RuleViolation("nasServerId " + nasId + " names no NAS server");
        }
        RuleViolation.check(active, "NAS server " + nasId + " is deactivated");
    }
}
