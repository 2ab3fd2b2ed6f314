package io.netledger.app.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

/** Which failures become dead letters, and which only roll the batch back to be retried. */
class DeadLetterPolicyTest {

    private final DeadLetterPolicy policy = new DeadLetterPolicy();
    private final EventMessage<?> event = GenericEventMessage.asEventMessage("a plan was created");
    private final DeadLetter<EventMessage<?>> fresh = new GenericDeadLetter<>("plan-1", event);

    @Test
    void anEventPinnedDownByACarefulBatchIsDeadLetteredWithTheCauseItFailedWith() {
        ThrowableCause refused = new ThrowableCause("org.postgresql.util.PSQLException", "ERROR: refused");

        EnqueueDecision<EventMessage<?>> decision = policy.decide(fresh, new KnownPoison(refused));

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).contains(refused);
        assertThat(decision.withDiagnostics(fresh).diagnostics()).containsEntry(DeadLetterPolicy.ATTEMPTS, 1);
    }

    @Test
    void anyOtherFailureRollsTheBatchBackInsteadOfWritingADeadLetterIntoAnAbortedTransaction() {
        DataIntegrityViolationException refused = new DataIntegrityViolationException("refused",
                new SQLException("ERROR: refused", "P0001"));

        assertThatThrownBy(() -> policy.decide(fresh, refused)).isSameAs(refused);
    }

    @Test
    void transientDatabaseFailuresAreRetriedAndNeverPinnedOnTheirEvent() {
        assertThat(DeadLetterPolicy.isTransient(new CannotAcquireLockException("deadlock",
                new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(DeadLetterPolicy.isTransient(new RuntimeException(new SQLException("terminating", "57P01"))))
                .isTrue();
        assertThat(DeadLetterPolicy.isTransient(new RuntimeException(new SQLException("connection", "08006"))))
                .isTrue();
        assertThat(DeadLetterPolicy.isTransient(new RuntimeException(new SQLException("0x00", "22021")))).isFalse();
        assertThat(DeadLetterPolicy.isTransient(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void aDeadLetterThatFailsAgainWhenRetriedStaysInTheQueueCountingItsAttempts() {
        DeadLetter<EventMessage<?>> stored = new JdbcDeadLetter<>("letter-1", 0, "plan-1", Instant.EPOCH,
                Instant.EPOCH, new ThrowableCause("Refused", "refused"), MetaData.with(DeadLetterPolicy.ATTEMPTS, 2),
                event);

        EnqueueDecision<EventMessage<?>> decision = policy.decide(stored,
                new RuntimeException(new SQLException("still refused\u0000", "P0001")));

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.withDiagnostics(stored).diagnostics()).containsEntry(DeadLetterPolicy.ATTEMPTS, 3);
        ThrowableCause cause = (ThrowableCause) decision.enqueueCause().orElseThrow();
        assertThat(cause.type()).isEqualTo(SQLException.class.getName());
        assertThat(cause.message()).as("a NUL could not be stored").isEqualTo("still refused");
    }
}
