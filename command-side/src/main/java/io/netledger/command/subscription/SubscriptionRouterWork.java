package io.netledger.command.subscription;

import static io.netledger.api.RuleViolation.check;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.netledger.api.provisioning.CompleteRouterWork;
import io.netledger.api.provisioning.FailRouterWork;
import io.netledger.api.provisioning.RecordRouterSync;
import io.netledger.api.provisioning.RepairRouterAccount;
import io.netledger.api.provisioning.RetryRouterWork;
import io.netledger.api.provisioning.RouterOperation;
import io.netledger.api.provisioning.RouterRepairRequested;
import io.netledger.api.provisioning.RouterWorkCompleted;
import io.netledger.api.provisioning.RouterWorkFailed;
import io.netledger.api.provisioning.RouterWorkRetryRequested;
import io.netledger.api.provisioning.RouterWorkRetrying;
import io.netledger.api.provisioning.RouterWorkStarted;
import io.netledger.api.provisioning.ScheduleRouterRetry;
import io.netledger.api.provisioning.StartRouterWork;
import io.netledger.api.provisioning.SubscriptionRouterSynced;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * What the books record about a subscription's account on its router, as the provisioning saga reports it:
 * the last operation, whether it is under way or failed for good, and what the router answered. Part of the
 * subscription's stream (an aggregate member), so a failure and the suspension it causes are one command.
 */
class SubscriptionRouterWork {

    private static final int MAX_MIKROTIK_ID = 64;

    /** The subscription's own rule for suspending a customer whose service could not be given. */
    @FunctionalInterface
    interface Books {
        void suspendAsProvisioningFailed();
    }

    private final long subscriptionId;
    private final Books books;
    private RouterOperation operation;
    private String cause;
    private boolean open;
    private boolean failed;

    SubscriptionRouterWork(long subscriptionId, Books books) {
        this.subscriptionId = subscriptionId;
        this.books = books;
    }

    /** What the router answered when the subscription was written to it (staff or sagas). */
    @CommandHandler
    long handle(RecordRouterSync command) {
        check(command.mikrotikId() != null && !command.mikrotikId().isBlank(), "mikrotikId is required");
        synced(command.mikrotikId(), command.mikrotikConfig());
        return getVersion();
    }

    /** Repeats of the same start (a saga redelivered its event) record nothing new. */
    @CommandHandler
    long handle(StartRouterWork command) {
        check(command.operation() != null, "operation is required");
        check(command.cause() != null && !command.cause().isBlank(), "cause is required");
        boolean repeat = open && command.operation() == operation && command.cause().strip().equals(cause);
        if (!repeat) {
            apply(new RouterWorkStarted(subscriptionId, command.operation(), command.cause().strip()));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(ScheduleRouterRetry command) {
        check(command.operation() != null && command.attempt() > 0, "operation and attempt are required");
        apply(new RouterWorkRetrying(subscriptionId, command.operation(), command.step(), command.attempt(),
                command.error(), command.nextAttemptAt()));
        return getVersion();
    }

    /**
     * Recorded once per failure. When the failed work should have given service, the subscription is
     * suspended right after, in the same command: the saga reads its own compensation from that order
     * instead of remembering that it asked.
     */
    @CommandHandler
    long handle(FailRouterWork command) {
        check(command.operation() != null, "operation is required");
        if (failed && command.operation() == operation) {
            return getVersion();
        }
        apply(new RouterWorkFailed(subscriptionId, command.operation(), command.step(), command.attempts(),
                command.error(), command.compensation()));
        if (command.suspend()) {
            books.suspendAsProvisioningFailed();
        }
        return getVersion();
    }

    /** Completing writes the router's id for the account, when there is one, as the router sync. */
    @CommandHandler
    long handle(CompleteRouterWork command) {
        check(command.operation() != null, "operation is required");
        if (command.mikrotikId() != null && !command.mikrotikId().isBlank()) {
            synced(command.mikrotikId(), command.mikrotikConfig());
        }
        if (open || failed) {
            apply(new RouterWorkCompleted(subscriptionId, command.operation(), command.attempts()));
        }
        return getVersion();
    }

    /** Any state: reconciliation may find a terminated subscription's account still on the router. */
    @CommandHandler
    long handle(RepairRouterAccount command) {
        check(command.drift() != null && !command.drift().isBlank(), "drift is required");
        apply(new RouterRepairRequested(subscriptionId, command.drift().strip()));
        return getVersion();
    }

    @CommandHandler
    long handle(RetryRouterWork command) {
        check(failed, "subscription " + subscriptionId + " has no failed router work to retry");
        apply(new RouterWorkRetryRequested(subscriptionId, operation));
        return getVersion();
    }

    private void synced(String mikrotikId, Map<String, Object> mikrotikConfig) {
        check(mikrotikId.strip().length() <= MAX_MIKROTIK_ID,
                "mikrotikId is longer than " + MAX_MIKROTIK_ID + " characters");
        apply(new SubscriptionRouterSynced(subscriptionId, mikrotikId.strip(),
                mikrotikConfig == null ? Map.of() : mikrotikConfig));
    }

    @EventSourcingHandler
    void on(RouterWorkStarted event) {
        operation = event.operation();
        cause = event.cause();
        open = true;
        failed = false;
    }

    @EventSourcingHandler
    void on(RouterWorkFailed event) {
        operation = event.operation();
        open = false;
        failed = true;
    }

    @EventSourcingHandler
    void on(RouterWorkCompleted event) {
        open = false;
        failed = false;
    }

    @EventSourcingHandler
    void on(RouterWorkRetryRequested event) {
        open = true;
        failed = false;
    }
}
