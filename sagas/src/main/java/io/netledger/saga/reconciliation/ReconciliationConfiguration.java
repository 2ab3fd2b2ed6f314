package io.netledger.saga.reconciliation;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.micrometer.core.instrument.MeterRegistry;
import io.netledger.api.IspCalendar;
import io.netledger.api.PageSpec;
import io.netledger.api.nas.FindNasServers;
import io.netledger.api.nas.NasServerPage;
import io.netledger.api.nas.NasServerView;
import io.netledger.api.secret.SecretCipher;
import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterGateway;
import io.netledger.saga.NetworkCatalogue;
import io.netledger.saga.RouterProperties;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every active NAS is reconciled on a fixed delay ({@code NETLEDGER_ROUTER_RECONCILE_EVERY}, 15 minutes by
 * default), as a db-scheduler recurring task so that one node of a cluster runs it. A router that cannot be
 * read is skipped until the next round and counted.
 */
@Configuration(proxyBeanMethods = false)
class ReconciliationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationConfiguration.class);

    @Bean
    RouterReconciliation routerReconciliation(QueryGateway queries, RouterGateway router, NetworkCatalogue catalogue,
            CommandGateway commands, EventGateway events, MeterRegistry registry) {
        return new RouterReconciliation(queries, router, catalogue, commands, events, registry);
    }

    @Bean
    RouterImport routerImport(RouterGateway router, RouterProperties routerProperties, QueryGateway queries,
            CommandGateway commands, SecretCipher secrets, IspCalendar calendar) {
        return new RouterImport(router, routerProperties, queries, commands, secrets, calendar);
    }

    @Bean
    RegisteredNas registeredNas(EventStore events, QueryGateway queries) {
        return new RegisteredNas(events, queries);
    }

    @Bean
    RecurringTask<Void> routerReconciliationRound(RouterReconciliation reconciliation, QueryGateway queries,
            MeterRegistry registry, RouterProperties routers) {
        return Tasks.recurring("router-reconciliation", Schedules.fixedDelay(routers.reconcileEvery()))
                .execute((instance, context) -> {
                    for (int page = 0; ; page++) {
                        NasServerPage servers = queries.query(new FindNasServers(true,
                                        new PageSpec(page, PageSpec.MAX_SIZE, "name", true)),
                                ResponseTypes.instanceOf(NasServerPage.class)).join();
                        servers.content().forEach(nas -> reconcile(reconciliation, registry, nas));
                        if (servers.content().size() < PageSpec.MAX_SIZE) {
                            return;
                        }
                    }
                });
    }

    private static void reconcile(RouterReconciliation reconciliation, MeterRegistry registry, NasServerView nas) {
        try {
            reconciliation.reconcile(nas.id());
        } catch (RouterFailure | RuntimeException failure) {
            registry.counter("netledger.reconciliation.failures", "nas", String.valueOf(nas.id())).increment();
            log.warn("Reconciling NAS {} ({}) failed: {}", nas.id(), nas.name(), failure.getMessage());
        }
    }
}
