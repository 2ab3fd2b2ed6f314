package io.netledger.saga.cpe;

import io.netledger.api.secret.SecretCipher;
import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The GenieACS room: clients per integration ({@code NETLEDGER_GENIEACS_TIMEOUT}, 10 s by default). */
@Configuration(proxyBeanMethods = false)
class CpeConfiguration {

    @Bean
    AcsClients acsClients(SecretCipher secrets, @Value("${netledger.genieacs.timeout:10s}") Duration timeout) {
        return new AcsClients(secrets, timeout);
    }

    @Bean
    RegisteredAcs registeredAcs(EventStore events, QueryGateway queries) {
        return new RegisteredAcs(events, queries);
    }
}
