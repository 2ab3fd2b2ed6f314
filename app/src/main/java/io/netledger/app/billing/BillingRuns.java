package io.netledger.app.billing;

import io.netledger.api.AlreadyTaken;
import io.netledger.api.Causes;
import io.netledger.api.Ids;
import io.netledger.api.invoice.IssueInvoice;
import io.netledger.api.invoice.IssueInvoices;
import io.netledger.api.invoice.IssuedInvoices;
import io.netledger.api.subscription.FindSubscriptionsAfter;
import io.netledger.api.subscription.SubscriptionList;
import io.netledger.api.subscription.SubscriptionStatus;
import io.netledger.api.subscription.SubscriptionView;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bills every active subscription for the period its run date falls in. Exactly one invoice
 * per subscription and period is the invoice's own rule (a claim), so a repeated run, or two
 * nodes running at once, only find the periods billed already. Progress is written to
 * {@code billing_runs} page by page.
 */
@Component
public class BillingRuns {

    private static final Logger log = LoggerFactory.getLogger(BillingRuns.class);
    /** Subscriptions read from the read model at a time. */
    private static final int PAGE = 1_000;
    /** Invoices issued in one transaction, under one block of numbers. */
    private static final int BATCH = 100;
    private static final int PARALLEL = 4;

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final ExecutorService runs = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "billing-run");
        thread.setDaemon(true);
        return thread;
    });

    BillingRuns(QueryGateway queries, CommandGateway commands, JdbcTemplate jdbc) {
        this.queries = queries;
        this.commands = commands;
        this.jdbc = jdbc;
    }

    /** Records the run and carries it out in the background; answers its id at once. */
    long start(LocalDate runDate, Long startedBy) {
        long id = Ids.next();
        jdbc.update("insert into billing_runs (id, run_date, status, started_by, started_at) values (?, ?, ?, ?, ?)",
                id, runDate, "running", startedBy, Timestamp.from(Instant.now()));
        runs.submit(() -> run(id, runDate));
        return id;
    }

    /** What a finished run found and did. */
    public record Outcome(long id, int total, int issued, int alreadyBilled, int skipped, int failed) {
    }

    /** Carries out a run in the calling thread: the daily schedule's and the benchmark's way. */
    public Outcome runNow(LocalDate runDate) {
        long id = Ids.next();
        jdbc.update("insert into billing_runs (id, run_date, status, started_at) values (?, ?, ?, ?)",
                id, runDate, "running", Timestamp.from(Instant.now()));
        Counts counts = run(id, runDate);
        return new Outcome(id, counts.total.get(), counts.issued.get(), counts.alreadyBilled.get(),
                counts.skipped.get(), counts.failed.get());
    }

    private Counts run(long id, LocalDate runDate) {
        Counts counts = new Counts();
        ExecutorService issuers = Executors.newFixedThreadPool(PARALLEL);
        try {
            long afterId = 0;
            List<SubscriptionView> page;
            do {
                page = queries.query(new FindSubscriptionsAfter(SubscriptionStatus.ACTIVE, afterId, PAGE),
                        ResponseTypes.instanceOf(SubscriptionList.class)).join().content();
                List<CompletableFuture<Void>> batches = new ArrayList<>();
                for (int from = 0; from < page.size(); from += BATCH) {
                    List<SubscriptionView> batch = page.subList(from, Math.min(page.size(), from + BATCH));
                    counts.total.addAndGet(batch.size());
                    batches.add(CompletableFuture.runAsync(() -> bill(batch, runDate, counts), issuers));
                }
                CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new)).join();
                counts.save(jdbc, id, "running");
                afterId = page.isEmpty() ? afterId : page.get(page.size() - 1).id();
            } while (page.size() == PAGE);
            counts.save(jdbc, id, "finished");
            log.info("Billing run {} for {}: {} subscriptions, {} invoiced, {} billed already, {} skipped, {} failed",
                    id, runDate, counts.total, counts.issued, counts.alreadyBilled, counts.skipped, counts.failed);
        } catch (RuntimeException e) {
            log.error("Billing run {} for {} stopped", id, runDate, e);
            counts.lastError = e.getMessage();
            counts.save(jdbc, id, "failed");
        } finally {
            issuers.shutdown();
        }
        return counts;
    }

    /**
     * Invoices a batch in one transaction. Should the batch fail as a whole (the database
     * refusing, a deadlock with another node's run), nothing of it was written, and each of its
     * subscriptions is tried on its own, so one bad subscription cannot hold up the others.
     */
    private void bill(List<SubscriptionView> batch, LocalDate runDate, Counts counts) {
        List<IssueInvoices.Item> items = new ArrayList<>();
        for (SubscriptionView subscription : batch) {
            Optional<LocalDate> period = BillingPeriod.startOn(subscription.startDate(), subscription.billingCycle(),
                    runDate);
            if (period.isEmpty()) {
                counts.skipped.incrementAndGet();
            } else {
                items.add(new IssueInvoices.Item(Ids.next(), subscription.id(), period.get()));
            }
        }
        if (items.isEmpty()) {
            return;
        }
        try {
            IssuedInvoices outcome = commands.sendAndWait(new IssueInvoices(runDate, items));
            counts.issued.addAndGet(outcome.issued().size());
            counts.alreadyBilled.addAndGet(outcome.alreadyBilled().size());
            outcome.refused().forEach((subscriptionId, reason) -> failed(counts, subscriptionId, reason, null));
        } catch (RuntimeException e) {
            log.info("Billing run batch of {} failed as a whole ({}); invoicing its subscriptions one by one",
                    items.size(), e.getMessage());
            items.forEach(item -> billAlone(item, runDate, counts));
        }
    }

    private void billAlone(IssueInvoices.Item item, LocalDate runDate, Counts counts) {
        try {
            commands.sendAndWait(new IssueInvoice(item.invoiceId(), item.subscriptionId(), item.periodStart(), null,
                    null, runDate, null));
            counts.issued.incrementAndGet();
        } catch (RuntimeException e) {
            if (Causes.causedBy(e, AlreadyTaken.class)) {
                counts.alreadyBilled.incrementAndGet();
            } else {
                failed(counts, item.subscriptionId(), e.getMessage(), e);
            }
        }
    }

    private static void failed(Counts counts, long subscriptionId, String reason, Exception cause) {
        counts.failed.incrementAndGet();
        counts.lastError = "subscription " + subscriptionId + ": " + reason;
        log.warn("Billing run could not invoice subscription {}: {}", subscriptionId, reason, cause);
    }

    private static final class Counts {
        final AtomicInteger total = new AtomicInteger();
        final AtomicInteger issued = new AtomicInteger();
        final AtomicInteger alreadyBilled = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        volatile String lastError;

        void save(JdbcTemplate jdbc, long id, String status) {
            jdbc.update("""
                    update billing_runs set status = ?, total = ?, issued = ?, already_billed = ?, skipped = ?,
                           failed = ?, last_error = ?, finished_at = case when ? = 'running' then null else now() end
                    where id = ?""", status, total.get(), issued.get(), alreadyBilled.get(), skipped.get(),
                    failed.get(), lastError, status, id);
        }
    }
}
