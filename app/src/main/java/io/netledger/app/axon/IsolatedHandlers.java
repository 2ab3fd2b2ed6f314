package io.netledger.app.axon;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;

/**
 * The handler side of {@link ProjectionIsolation}: in a careful batch each event handler's JPA writes
 * are flushed before it returns, so that a row the database refuses fails in its own event's handler
 * instead of at the batch's commit; an event known to be poison is not handled at all. Handlers
 * outside a projection processor (sagas, commands, queries) are left as they are.
 */
final class IsolatedHandlers implements HandlerEnhancerDefinition {

    private final ObjectProvider<EntityManagerFactory> entityManagers;

    IsolatedHandlers(ObjectProvider<EntityManagerFactory> entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        return original.canHandleMessageType(EventMessage.class) ? new Isolated<>(original) : original;
    }

    private final class Isolated<T> extends WrappedMessageHandlingMember<T> {

        private Isolated(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            Optional<ProjectionIsolation.Handling> handling = ProjectionIsolation.current();
            if (handling.isEmpty()) {
                return super.handle(message, target);
            }
            Optional<ThrowableCause> poison = handling.get().knownPoison(message.getIdentifier());
            if (poison.isPresent()) {
                throw new KnownPoison(poison.get());
            }
            Object result = super.handle(message, target);
            if (handling.get().careful()) {
                flush();
            }
            return result;
        }

        private void flush() {
            EntityManagerFactory factory = entityManagers.getIfAvailable();
            EntityManager transactional = factory == null ? null
                    : EntityManagerFactoryUtils.getTransactionalEntityManager(factory);
            if (transactional != null) {
                transactional.flush();
            }
        }
    }
}
