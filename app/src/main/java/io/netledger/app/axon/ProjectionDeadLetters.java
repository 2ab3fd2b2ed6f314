package io.netledger.app.axon;

import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Every projection's processor (each {@code @ProcessingGroup} bean; sagas are left alone: Axon has no
 * dead letters for them) gets a dead-letter queue in dead_letter_entry (V1__axon_framework.sql, the
 * table Axon 4.13's JDBC queue expects, bytea payloads). An event its handlers cannot take waits
 * there with the rest of its aggregate's events (Axon's sequencing per aggregate), and the processor
 * goes on with every other aggregate. {@link ProjectionIsolation} and {@link DeadLetterPolicy} decide
 * which event that is; the health indicator, a gauge and ADMIN's API in app/health show and retry them.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionDeadLetters {

    @Bean
    HandlerEnhancerDefinition isolatedHandlers(ObjectProvider<EntityManagerFactory> entityManagers) {
        return new IsolatedHandlers(entityManagers);
    }

    @Bean
    ConfigurerModule projectionDeadLetterQueues(ListableBeanFactory beans, DeadLetterSchema schema,
            ObjectProvider<ConnectionProvider> connections, ObjectProvider<PlatformTransactionManager> transactions) {
        Set<String> groups = projectionGroups(beans);
        DeadLetterPolicy policy = new DeadLetterPolicy();
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            for (String group : groups) {
                processing.registerDeadLetterQueue(group, axon -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                .processingGroup(group)
                                .connectionProvider(connections.getObject())
                                .transactionManager(axon.getComponent(TransactionManager.class))
                                .schema(schema)
                                .genericSerializer(axon.serializer())
                                .eventSerializer(axon.eventSerializer())
                                .build())
                        .registerDeadLetterPolicy(group, axon -> policy)
                        // The queue is asked about an event's aggregate only once it holds a letter for this segment.
                        // A replay handles every event again, so it starts from an empty queue. Retrying a dead
                        // letter runs in transactions of its own: one letter's failure must not undo the others.
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group, (axon, invoker) -> invoker
                                .enableSequenceIdentifierCache()
                                .allowReset(true)
                                .transactionManager(ownTransactions(transactions.getObject())))
                        .registerHandlerInterceptor(group, axon -> new ProjectionIsolation(group));
            }
        };
    }

    private static TransactionManager ownTransactions(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions,
                new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW));
    }

    /** The processor of a projection is named after its processing group (Axon's default). */
    private static Set<String> projectionGroups(ListableBeanFactory beans) {
        return Arrays.stream(beans.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(name -> beans.findAnnotationOnBean(name, ProcessingGroup.class))
                .filter(Objects::nonNull)
                .map(ProcessingGroup::value)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
}
