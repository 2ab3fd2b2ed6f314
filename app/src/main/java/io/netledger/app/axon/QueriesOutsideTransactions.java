package io.netledger.app.axon;

import org.axonframework.config.Configuration;
import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

/**
 * Axon's default query bus wraps every query in a transaction of the JPA manager: a Hibernate
 * session, BEGIN and a flushing COMMIT around what is, on the read side, one SELECT. Queries
 * only read, each statement sees committed rows, and a Spring Data repository opens its own
 * read-only transaction where it needs one, so the bus opens none: a tenth of a GET by id's
 * CPU (bench/README.md, "HTTP"). The rest is Axon's own bean (monitor, error handler, update
 * emitter, spans), under the qualifier Axon Server's bus wraps as its local segment.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class QueriesOutsideTransactions {

    @Bean
    @Qualifier("localSegment")
    SimpleQueryBus queryBus(Configuration axon) {
        return SimpleQueryBus.builder()
                .messageMonitor(axon.messageMonitor(QueryBus.class, "queryBus"))
                .errorHandler(axon.getComponent(QueryInvocationErrorHandler.class,
                        () -> LoggingQueryInvocationErrorHandler.builder().build()))
                .queryUpdateEmitter(axon.getComponent(QueryUpdateEmitter.class))
                .spanFactory(axon.getComponent(QueryBusSpanFactory.class))
                .build();
    }
}
