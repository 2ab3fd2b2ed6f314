package io.netledger.saga.billing;

import io.netledger.api.AlreadyTaken;
import io.netledger.api.Causes;
import io.netledger.api.Ids;
import io.netledger.api.billing.BillingRunCounts;
import io.netledger.api.billing.FailBillingRun;
import io.netledger.api.billing.FinishBillingRun;
import io.netledger.api.billing.RecordBillingRunProgress;
import io.netledger.api.invoice.BillingPeriod;
import io.netledger.api.invoice.IssueInvoice;
import io.netledger.api.invoice.IssueInvoices;
import io.netledger.api.invoice.IssuedInvoices;
import io.netledger.api.subscription.FindSubscriptionsAfter;
import io.netledger.api.subscription.SubscriptionList;
import io.netledger.api.subscription.SubscriptionStatus;
import io.netledger.api.subscription.SubscriptionView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Carries out a billing run: bills every active subscription for the period the run's date falls in,
 * walking them by id a page at a time and recording the run's progress after each page. Exactly one invoice
 * per subscription and period is the invoice's own rule (a claim), so a repeated run, or two nodes running at
 * once, only find the periods billed already.
 *
 * <p>A walk cut short (shutdown, a crash) goes on from the last recorded page. The invoices it issued on the
 * page it was cut short in are found again by their metadata ({@link InvoicesOfRun}) and count as issued.
 */
@Component
class BillingRunWalk {

    private static final Logger log = LoggerFactory.getLogger(BillingRunWalk.class);
    /** Batches in flight at once: each waits on the month's number counter only from its draw to its commit. */
    private static final int PARALLEL = 4;

    /** How a walk ended: the run is over (finished or failed), or it stopped for a shutdown and goes on later. */
    enum Outcome { OVER, INTERRUPTED }

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final EventStore events;
    private final InvoicesOfRun invoices;
    private final BillingRunShutdown shutdown;
    private final int pageSize;
    private final int batchSize;

    BillingRunWalk(QueryGateway queries, CommandGateway commands, EventStore events, BillingRunShutdown shutdown,
            @Value("${netledger.billing.page-size:1000}") int pageSize,
            @Value("${netledger.billing.batch-size:100}") int batchSize) {
        this.queries = queries;
        this.commands = commands;
        this.events = events;
        this.invoices = new InvoicesOfRun(events);
        this.shutdown = shutdown;
        this.pageSize = pageSize;
        this.batchSize = batchSize;
    }

    /** {@code again} when an earlier attempt at this run may have issued invoices it did not record. */
    Outcome carryOut(long runId, boolean again) {
        Optional<BillingRunHistory> history = BillingRunHistory.of(events, runId);
        if (history.isEmpty()) {
            log.warn("Billing run {} has no events; there is nothing to carry out", runId);
            return Outcome.OVER;
        }
        if (history.get().over()) {
            return Outcome.OVER;
        }
        if (!shutdown.enter()) {
            return Outcome.INTERRUPTED;
        }
        try {
            return walk(history.get(), again);
        } finally {
            shutdown.leave();
        }
    }

    private Outcome walk(BillingRunHistory history, boolean again) {
        long runId = history.runId();
        Set<Long> issuedEarlier = ConcurrentHashMap.newKeySet();
        ExecutorService issuers = Executors.newFixedThreadPool(PARALLEL);
        try {
            if (again) {
                issuedEarlier.addAll(invoices.issuedSince(runId, history.recordedAt(), history.afterId()));
                log.info("Billing run {} for {} goes on after subscription {} ({} invoiced before it stopped)",
                        runId, history.runDate(), history.afterId(), issuedEarlier.size());
            }
            BillingRunCounts counts = history.counts();
            String lastError = history.lastError();
            long afterId = history.afterId();
            List<SubscriptionView> page;
            do {
                if (shutdown.stopping()) {
                    return Outcome.INTERRUPTED;
                }
                page = queries.query(new FindSubscriptionsAfter(SubscriptionStatus.ACTIVE, afterId, pageSize),
                        ResponseTypes.instanceOf(SubscriptionList.class)).join().content();
                Tally tally = new Tally();
                if (!billPage(page, history, tally, issuedEarlier, issuers)) {
                    return Outcome.INTERRUPTED;
                }
                counts = counts.plus(tally.counts());
                lastError = tally.lastError == null ? lastError : tally.lastError;
                if (page.size() == pageSize) {
                    afterId = page.get(page.size() - 1).id();
                    commands.sendAndWait(new RecordBillingRunProgress(runId, afterId, counts, lastError));
                }
            } while (page.size() == pageSize);
            // Invoiced before the interruption, but no longer active by the time the walk came back to them.
            int leftOver = issuedEarlier.size();
            counts = counts.plus(new BillingRunCounts(leftOver, leftOver, 0, 0, 0));
            commands.sendAndWait(new FinishBillingRun(runId, counts, lastError));
            log.info("Billing run {} for {}: {} subscriptions, {} invoiced, {} billed already, {} skipped, {} failed",
                    runId, history.runDate(), counts.total(), counts.issued(), counts.alreadyBilled(),
                    counts.skipped(), counts.failed());
            return Outcome.OVER;
        } catch (RuntimeException e) {
            if (shutdown.stopping()) {
                log.info("Billing run {} stopped for shutdown ({}); it goes on after the restart", runId,
                        e.getMessage());
                return Outcome.INTERRUPTED;
            }
            log.error("Billing run {} for {} stopped", runId, history.runDate(), e);
            commands.sendAndWait(new FailBillingRun(runId, e.getMessage()));
            return Outcome.OVER;
        } finally {
            issuers.shutdown();
        }
    }

    /** Bills a page in batches, several at once; false when shutdown began before all of them did. */
    private boolean billPage(List<SubscriptionView> page, BillingRunHistory history, Tally tally,
            Set<Long> issuedEarlier, ExecutorService issuers) {
        List<CompletableFuture<Boolean>> batches = new ArrayList<>();
        for (int from = 0; from < page.size(); from += batchSize) {
            List<SubscriptionView> batch = page.subList(from, Math.min(page.size(), from + batchSize));
            tally.total.addAndGet(batch.size());
            batches.add(CompletableFuture.supplyAsync(() -> {
                if (shutdown.stopping()) {
                    return false;
                }
                bill(batch, history, tally, issuedEarlier);
                return true;
            }, issuers));
        }
        CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new)).join();
        return batches.stream().allMatch(CompletableFuture::join);
    }

    /**
     * Invoices a batch in one transaction. Should the batch fail as a whole (the database refusing, a deadlock
     * with another node's run), nothing of it was written, and each of its subscriptions is tried on its own,
     * so one bad subscription cannot hold up the others.
     */
    private void bill(List<SubscriptionView> batch, BillingRunHistory history, Tally tally,
            Set<Long> issuedEarlier) {
        LocalDate runDate = history.runDate();
        List<IssueInvoices.Item> items = new ArrayList<>();
        for (SubscriptionView subscription : batch) {
            Optional<LocalDate> period = BillingPeriod.startOn(subscription.startDate(), subscription.billingCycle(),
                    runDate);
            if (period.isEmpty()) {
                tally.skipped.incrementAndGet();
            } else if (issuedEarlier.remove(subscription.id())) {
                tally.issued.incrementAndGet();
            } else {
                items.add(new IssueInvoices.Item(Ids.next(), subscription.id(), period.get()));
            }
        }
        if (items.isEmpty()) {
            return;
        }
        try {
            IssuedInvoices outcome = send(new IssueInvoices(runDate, items), history.runId());
            tally.issued.addAndGet(outcome.issued().size());
            tally.alreadyBilled.addAndGet(outcome.alreadyBilled().size());
            outcome.refused().forEach((subscriptionId, reason) -> tally.failed(subscriptionId, reason, null));
        } catch (RuntimeException e) {
            if (shutdown.stopping()) {
                throw e;
            }
            log.info("Billing run batch of {} failed as a whole ({}); invoicing its subscriptions one by one",
                    items.size(), e.getMessage());
            items.forEach(item -> billAlone(item, history, tally));
        }
    }

    private void billAlone(IssueInvoices.Item item, BillingRunHistory history, Tally tally) {
        try {
            send(new IssueInvoice(item.invoiceId(), item.subscriptionId(), item.periodStart(), null, null,
                    history.runDate(), null), history.runId());
            tally.issued.incrementAndGet();
        } catch (RuntimeException e) {
            if (Causes.causedBy(e, AlreadyTaken.class)) {
                tally.alreadyBilled.incrementAndGet();
            } else {
                tally.failed(item.subscriptionId(), e.getMessage(), e);
            }
        }
    }

    /** Sends as this run: the invoices it issues carry the run's id (InvoicesOfRun). */
    private <R> R send(Object command, long runId) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(InvoicesOfRun.RUN_METADATA, String.valueOf(runId))));
    }

    /** One page's counts, added to from several batches at once. */
    private static final class Tally {
        final AtomicInteger total = new AtomicInteger();
        final AtomicInteger issued = new AtomicInteger();
        final AtomicInteger alreadyBilled = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        volatile String lastError;

        void failed(long subscriptionId, String reason, Exception cause) {
            failed.incrementAndGet();
            lastError = "subscription " + subscriptionId + ": " + reason;
            log.warn("Billing run could not invoice subscription {}: {}", subscriptionId, reason, cause);
        }

        BillingRunCounts counts() {
            return new BillingRunCounts(total.get(), issued.get(), alreadyBilled.get(), skipped.get(), failed.get());
        }
    }
}
