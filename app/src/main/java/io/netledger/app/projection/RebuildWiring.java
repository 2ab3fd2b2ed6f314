package io.netledger.app.projection;

import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The guard that keeps readers off a read model being rebuilt, and what it asks. */
@Configuration(proxyBeanMethods = false)
class RebuildWiring {

    @Bean
    RebuildingGroups rebuildingGroups() {
        return new RebuildingGroups();
    }

    @Bean
    HandlerEnhancerDefinition rebuildGuard(RebuildingGroups rebuilding) {
        return new RebuildGuard(rebuilding);
    }
}
