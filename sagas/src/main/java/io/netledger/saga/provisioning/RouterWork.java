package io.netledger.saga.provisioning;

import io.netledger.api.provisioning.RouterOperation;
import io.netledger.api.subscription.SubscriptionStatus;
import io.netledger.api.subscription.SuspendSubscription;
import java.time.Instant;

/**
 * The provisioning saga's router work: the operation under way or given up, why it was asked for, how many
 * attempts it has made, and the retry deadline waiting for it. A value (the saga keeps the latest one), so the
 * saga reads as "event, then what the router must become" while this says where the work stands.
 *
 * @param operation     the work under way or given up; null when the router is in line with the books
 * @param failed        given up: waits for staff to retry it
 * @param askedAt       when the event that asked for it happened, for the latency metric
 * @param retryDeadline the scheduled retry, if one is waiting
 */
record RouterWork(RouterOperation operation, String cause, int attempts, boolean failed, Instant askedAt,
                  String retryDeadline) {

    private static final int MAX_CAUSE = 200;

    static RouterWork none() {
        return new RouterWork(null, null, 0, false, null, null);
    }

    static RouterWork start(RouterOperation operation, String why, Instant at) {
        return new RouterWork(operation, why.length() > MAX_CAUSE ? why.substring(0, MAX_CAUSE) : why, 0, false,
                at, null);
    }

    /** Under way: an attempt is running or a retry is waiting. */
    boolean busy() {
        return operation != null && !failed;
    }

    /** Given up, so staff may ask for it again. */
    boolean retryable() {
        return operation != null && failed;
    }

    /** Whether a retry scheduled for {@code due} is still wanted: the same work, not given up or replaced. */
    boolean awaits(RouterOperation due) {
        return due == operation && !failed;
    }

    RouterWork nextAttempt() {
        return new RouterWork(operation, cause, attempts + 1, failed, askedAt, retryDeadline);
    }

    RouterWork waitingFor(String deadline) {
        return new RouterWork(operation, cause, attempts, failed, askedAt, deadline);
    }

    RouterWork retryDue() {
        return waitingFor(null);
    }

    RouterWork givenUp() {
        return new RouterWork(operation, cause, attempts, true, askedAt, null);
    }

    /** Staff asked for given-up work again: from the first attempt. */
    RouterWork again() {
        return new RouterWork(operation, cause, 0, false, askedAt, retryDeadline);
    }

    /** Whether this work should have given the customer service: its failure leaves them without. */
    boolean givesService() {
        return operation == RouterOperation.PROVISION || operation == RouterOperation.RESTORE;
    }

    /**
     * What giving up left behind, for staff: work that should have given service was switched off again
     * ({@code undone}) and the subscription suspended unless the books had moved on; work that turns service
     * off or away has nothing to undo, the books already moved.
     */
    String compensation(String undone, boolean suspended, SubscriptionStatus status) {
        return switch (operation) {
            case PROVISION, RESTORE -> undone + (suspended
                    ? "; subscription suspended (" + SuspendSubscription.PROVISIONING_FAILED + ")"
                    : "; subscription stays " + status.value());
            case SUSPEND -> "nothing undone: the books say " + status.value()
                    + " while the router may still serve the customer; retry once the router is fixed";
            case TERMINATE -> "the account may still be on the router; retry once the router is fixed";
            case CHANGE_PLAN, SYNC -> "the router keeps the previous settings; retry once the router is fixed";
        };
    }
}
