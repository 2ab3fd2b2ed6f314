package io.netledger.saga;

import io.netledger.api.provisioning.FormerEventNames;
import io.netledger.api.secret.Sealed;
import io.netledger.api.secret.SecretCipher;
import io.netledger.routeros.mikrotik.MikrotikRouterGateway;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the sagas' rooms share: the router gateway, the catalogue they look routers and plans up in, and the
 * threads their commands run on. Each room (provisioning, dunning, reconciliation) wires the rest itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RouterProperties.class)
class SagaConfiguration {

    /** The RouterOS adapter, opening router passwords with the master key only as it logs in. */
    @Bean(destroyMethod = "close")
    MikrotikRouterGateway routerGateway(SecretCipher secrets) {
        return new MikrotikRouterGateway(password -> secrets.open(new Sealed(password.ciphertext())));
    }

    @Bean
    NetworkCatalogue networkCatalogue(QueryGateway queries, RouterProperties routers) {
        return new QueriedNetworkCatalogue(queries, routers);
    }

    /** As many as the saga's segments can wait on at once, with room to spare; each holds a connection briefly. */
    @Bean(destroyMethod = "shutdown")
    ExecutorService sagaCommandThreads() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory named = task -> {
            Thread thread = new Thread(task, "saga-command-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newFixedThreadPool(8, named);
    }

    @Bean
    SagaCommands sagaCommands(CommandGateway commands, @Qualifier("sagaCommandThreads") ExecutorService threads) {
        return new SagaCommands(commands, threads);
    }

    /** Router-work events stored before they moved to api.provisioning; Axon adds every upcaster bean to its chain. */
    @Bean
    EventUpcaster formerRouterWorkEventNames() {
        return FormerEventNames.upcaster();
    }
}
