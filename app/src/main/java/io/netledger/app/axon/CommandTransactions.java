package io.netledger.app.axon;

import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Commands touch only JDBC (the event store, set-based claims), so they run in plain JDBC
 * transactions rather than JPA ones, which would open a Hibernate session per command for
 * nothing. Projections keep JPA. A command sent while a projection's transaction is open
 * joins it: both managers share the DataSource's bound connection.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class CommandTransactions {

    /** Axon's default: events read per query when an aggregate is loaded. */
    private static final int AGGREGATE_BATCH = 100;

    @Bean
    SimpleCommandBus commandBus(DataSource dataSource, Configuration axon,
            DuplicateCommandHandlerResolver duplicateCommandHandlerResolver) {
        SimpleCommandBus commandBus = SimpleCommandBus.builder()
                .transactionManager(jdbcTransactions(dataSource))
                .duplicateCommandHandlerResolver(duplicateCommandHandlerResolver)
                .spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(org.axonframework.commandhandling.CommandBus.class, "commandBus"))
                .build();
        commandBus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return commandBus;
    }

    @Bean
    EventStorageEngine eventStorageEngine(DataSource dataSource, Serializer defaultSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer, Configuration configuration,
            ConnectionProvider connectionProvider, EventSchema eventSchema) {
        return new JdbcEventsWithoutSnapshots(JdbcEventStorageEngine.builder()
                .batchSize(AGGREGATE_BATCH)
                // An aggregate's sequence numbers have no holes (the store's unique key and the aggregate's own
                // numbering see to it), so a batch shorter than asked for is its last one. Axon's JDBC default
                // asks once more until a batch comes back empty: one more round trip on every aggregate load.
                .finalAggregateBatchPredicate(batch -> batch.size() < AGGREGATE_BATCH)
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(jdbcTransactions(dataSource))
                .schema(eventSchema));
    }

    private static TransactionManager jdbcTransactions(DataSource dataSource) {
        return new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
    }
}
