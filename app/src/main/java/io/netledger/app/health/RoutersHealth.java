package io.netledger.app.health;

import io.netledger.api.PageSpec;
import io.netledger.api.nas.FindNasServers;
import io.netledger.api.nas.NasServerPage;
import io.netledger.api.nas.NasServerView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * /actuator/health's {@code routers}: DOWN while an active NAS has missed three polls in a row, naming each NAS
 * with whether it answers and when it last did. Not part of the probes: a router down is the network's trouble,
 * and taking this node out of traffic would mend nothing.
 */
@Component("routers")
class RoutersHealth implements HealthIndicator {

    private final QueryGateway queries;

    RoutersHealth(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public Health health() {
        Map<String, Object> routers = new LinkedHashMap<>();
        int down = 0;
        for (int page = 0; ; page++) {
            List<NasServerView> found = queries.query(new FindNasServers(true,
                            new PageSpec(page, PageSpec.MAX_SIZE, "name", true)),
                    ResponseTypes.instanceOf(NasServerPage.class)).join().content();
            for (NasServerView nas : found) {
                Boolean online = nas.status().online();
                down += Boolean.FALSE.equals(online) ? 1 : 0;
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("name", nas.name());
                detail.put("state", online == null ? "not polled yet" : online ? "answering" : "down");
                detail.put("lastSeen", nas.status().lastSeen());
                routers.put(String.valueOf(nas.id()), detail);
            }
            if (found.size() < PageSpec.MAX_SIZE) {
                break;
            }
        }
        return (down > 0 ? Health.down() : Health.up()).withDetail("down", down).withDetail("routers", routers)
                .build();
    }
}
