package io.netledger.saga;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a saga's commands each in its own unit of work and transaction, and waits for the answer.
 *
 * <p>Sent from the saga's thread, a command would run nested in the event processor's unit of work: its
 * events would wait for the saga's whole batch to commit, and a command the aggregate refuses (a staff
 * member terminated the subscription a moment earlier) would mark the processor's transaction rollback-only
 * and fail the batch for ever. On a thread of its own, a command commits or is refused alone; the saga reads
 * a refusal as "the books moved on" and its own state catches up from the events that follow.
 */
public final class SagaCommands {

    private static final Logger log = LoggerFactory.getLogger(SagaCommands.class);

    private final CommandGateway gateway;
    private final Executor executor;

    public SagaCommands(CommandGateway gateway, Executor executor) {
        this.gateway = gateway;
        this.executor = executor;
    }

    /** Whether the command was accepted; a refusal is logged with its reason. */
    public boolean send(Object command) {
        try {
            CompletableFuture.runAsync(() -> gateway.sendAndWait(command), executor).join();
            return true;
        } catch (CompletionException refused) {
            Throwable cause = refused.getCause() == null ? refused : refused.getCause();
            log.warn("{} was refused: {}", command.getClass().getSimpleName(), cause.getMessage());
            return false;
        }
    }
}
