package io.netledger.app.axon;

import io.netledger.api.Causes;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Which failures of a projection's event become dead letters.
 * <p>
 * Only an event that failed on its own does: one that a careful batch pinned down
 * ({@link ProjectionIsolation}) and that is now {@link KnownPoison}. Any other failure rolls the
 * batch back by being thrown from here, and the processor retries it with Axon's back-off: on
 * PostgreSQL the failure has aborted the batch's transaction anyway, so writing a dead letter in it
 * would fail too. A transient failure (connection lost or pool exhausted, deadlock, serialization
 * failure, lock or statement timeout, the server shutting down) is never pinned on its event: the
 * same event will very likely pass once the database is back, and dead-lettering it would hold its
 * aggregate's later events back until ADMIN noticed. Such a failure is simply retried, as today.
 * <p>
 * A dead letter that ADMIN retries and that fails again stays in the queue (requeued) whatever the
 * cause, counting its attempts: letting it go would skip it.
 */
final class DeadLetterPolicy implements EnqueuePolicy<EventMessage<?>> {

    /** Diagnostics key: how often handling the dead letter failed. */
    static final String ATTEMPTS = "attempts";
    /** The width of dead_letter_entry.cause_message (Axon's own limit). */
    private static final int MESSAGE_LIMIT = ThrowableCause.TRUNCATED_MESSAGE_SIZE;
    /** SQLSTATE classes: connection, transaction rollback, resources, operator intervention, system error. */
    private static final List<String> TRANSIENT_STATES = List.of("08", "40", "53", "57", "58", "55P03", "HYT00");

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (letter instanceof JdbcDeadLetter<?>) {
            return Decisions.requeue(causeOf(cause),
                    retried -> retried.diagnostics().and(ATTEMPTS, attempts(retried) + 1));
        }
        if (cause instanceof KnownPoison poison) {
            return Decisions.enqueue(poison.failure(), first -> MetaData.with(ATTEMPTS, 1));
        }
        if (!isTransient(cause)) {
            ProjectionIsolation.current().filter(ProjectionIsolation.Handling::careful)
                    .ifPresent(handling -> handling.poison(letter.message().getIdentifier(), causeOf(cause)));
        }
        throw cause instanceof RuntimeException runtime ? runtime
                : new IllegalStateException("handling event " + letter.message().getIdentifier() + " failed", cause);
    }

    static boolean isTransient(Throwable failure) {
        return Causes.chain(failure).anyMatch(t -> t instanceof SQLTransientException
                || t instanceof SQLRecoverableException
                || t instanceof TransientDataAccessException
                || t instanceof RecoverableDataAccessException
                || t instanceof DataAccessResourceFailureException
                || t instanceof CannotCreateTransactionException
                || t instanceof SQLException sql && sql.getSQLState() != null
                        && TRANSIENT_STATES.stream().anyMatch(sql.getSQLState()::startsWith));
    }

    private static int attempts(DeadLetter<?> letter) {
        Object attempts = letter.diagnostics().get(ATTEMPTS);
        return attempts instanceof Number number ? number.intValue() : 0;
    }

    /**
     * The exception's type and message, as the queue stores them: the innermost database error says
     * most, and a control character (a NUL, say) could not be stored in the message column at all.
     */
    private static ThrowableCause causeOf(Throwable failure) {
        if (failure instanceof KnownPoison poison) {
            return poison.failure();
        }
        Throwable telling = Causes.chain(failure).filter(SQLException.class::isInstance).reduce((a, b) -> b)
                .orElse(failure);
        String message = String.valueOf(telling.getMessage()).replaceAll("\\p{Cntrl}", " ").strip();
        return new ThrowableCause(telling.getClass().getName(),
                message.length() <= MESSAGE_LIMIT ? message : message.substring(0, MESSAGE_LIMIT));
    }
}
