package io.netledger.saga.billing;

import io.netledger.api.invoice.InvoiceIssued;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The invoices a run issued after its latest recorded step, found again after an interruption. Every
 * invoice a run issues carries the run's id in its metadata ({@link #RUN_METADATA}), so the page the
 * interruption cut short is told apart from periods billed by someone else: this run's count as issued.
 */
final class InvoicesOfRun {

    /** Metadata on {@code IssueInvoices}, carried on to each {@code InvoiceIssued} (BillingSchedule). */
    static final String RUN_METADATA = "billingRunId";
    /** Read a little before the step was recorded, in case the node that goes on has a clock a little behind. */
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

    private final EventStore events;

    InvoicesOfRun(EventStore events) {
        this.events = events;
    }

    /** The subscriptions above {@code afterId} that run {@code runId} invoiced since {@code recordedAt}. */
    Set<Long> issuedSince(long runId, Instant recordedAt, long afterId) {
        Set<Long> subscriptions = new HashSet<>();
        long head = position(events.createHeadToken());
        TrackingToken from = events.createTokenAt(recordedAt.minus(CLOCK_MARGIN));
        if (head < 0 || position(from) >= head) {
            return subscriptions;
        }
        String run = String.valueOf(runId);
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(from)) {
            long at;
            do {
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (InvoiceIssued.class.equals(event.getPayloadType())
                        && run.equals(event.getMetaData().get(RUN_METADATA))
                        && event.getPayload() instanceof InvoiceIssued issued && issued.subscriptionId() > afterId) {
                    subscriptions.add(issued.subscriptionId());
                }
                at = position(event.trackingToken());
            } while (at < head);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking for the invoices of billing run " + runId, e);
        }
        return subscriptions;
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
