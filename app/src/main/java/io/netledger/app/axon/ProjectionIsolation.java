package io.netledger.app.axon;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Finds which event of a projection's batch fails, so that only that event is dead-lettered.
 * <p>
 * A batch of up to 100 events shares one transaction, and on PostgreSQL a failed statement aborts it:
 * nothing more can be written in it, not even the dead letter, and a JPA insert fails only when
 * the batch is flushed, long after its event's handler returned. So a failure first rolls the whole
 * batch back ({@link DeadLetterPolicy}). The segment then retries <em>carefully</em>: each event's
 * writes are flushed in its own handler, so a failure names its event, which is remembered here as
 * poison and the batch rolled back once more. The third time the poison is not handled at all: it goes
 * straight to the dead-letter queue ({@link KnownPoison}), in a transaction that nothing has aborted,
 * and the segment returns to full batches once a careful batch commits. Nothing of a failed event is
 * ever committed, and nothing after it is skipped.
 * <p>
 * One instance per projection processor; a dead letter retried by ADMIN is always handled carefully.
 */
final class ProjectionIsolation implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String CURRENT = ProjectionIsolation.class.getName();
    private static final String WATCHED = CURRENT + "/watched";

    private final String segmentKey;
    private final Set<Object> carefulSegments = ConcurrentHashMap.newKeySet();
    private final Map<String, ThrowableCause> poison = new ConcurrentHashMap<>();

    ProjectionIsolation(String processor) {
        // The pooled streaming processor puts the batch's segment under this key.
        this.segmentKey = "Processor[" + processor + "]/SegmentId";
    }

    /** How the event being handled on this thread is to be handled, if a projection processor handles it. */
    static Optional<Handling> current() {
        return CurrentUnitOfWork.isStarted()
                ? Optional.ofNullable((Handling) CurrentUnitOfWork.get().resources().get(CURRENT))
                : Optional.empty();
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        boolean retrying = unitOfWork.resources().containsKey(DeadLetter.class.getName());
        Object segment = unitOfWork.resources().get(segmentKey);
        boolean careful = retrying || carefulSegments.contains(segment);
        if (!retrying) {
            watch(unitOfWork, segment, careful);
        }
        unitOfWork.resources().put(CURRENT, new Handling(careful, retrying));
        try {
            return chain.proceed();
        } finally {
            unitOfWork.resources().remove(CURRENT);
        }
    }

    /** Once per batch: a rollback makes the segment careful, a careful batch that commits ends it. */
    private void watch(UnitOfWork<?> batch, Object segment, boolean careful) {
        if (batch.resources().putIfAbsent(WATCHED, Boolean.TRUE) != null) {
            return;
        }
        batch.onRollback(rolledBack -> carefulSegments.add(segment));
        if (careful) {
            batch.afterCommit(committed -> carefulSegments.remove(segment));
        }
    }

    /** The handling of one event. */
    final class Handling {

        private final boolean careful;
        private final boolean retrying;

        private Handling(boolean careful, boolean retrying) {
            this.careful = careful;
            this.retrying = retrying;
        }

        /** Each handler's writes reach the database before the next event: a failure names its event. */
        boolean careful() {
            return careful;
        }

        /** ADMIN asked to process a dead letter again. */
        boolean retrying() {
            return retrying;
        }

        void poison(String eventIdentifier, ThrowableCause cause) {
            poison.put(eventIdentifier, cause);
        }

        /** Why the event failed the last careful batch, if it did; asking forgets it. */
        Optional<ThrowableCause> knownPoison(String eventIdentifier) {
            return retrying ? Optional.empty() : Optional.ofNullable(poison.remove(eventIdentifier));
        }
    }
}
