package io.netledger.command.billing;

import static io.netledger.api.RuleViolation.check;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.netledger.api.billing.BillingRunCounts;
import io.netledger.api.billing.BillingRunFailed;
import io.netledger.api.billing.BillingRunFinished;
import io.netledger.api.billing.BillingRunProgressed;
import io.netledger.api.billing.BillingRunStarted;
import io.netledger.api.billing.FailBillingRun;
import io.netledger.api.billing.FinishBillingRun;
import io.netledger.api.billing.RecordBillingRunProgress;
import io.netledger.api.billing.StartBillingRun;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A billing run (docs/adr/0011): who started it for which date, and how far it got. The walk itself is the
 * billing saga's; the run only keeps its record honest. Progress is recorded page by page and may arrive
 * again after a restart, so a step already recorded is ignored; counts only grow; finished or failed is final.
 */
@Aggregate
class BillingRun {

    @AggregateIdentifier
    private Long billingRunId;
    private long afterId;
    private BillingRunCounts counts;
    private boolean finished;
    private boolean failed;

    BillingRun() {
    }

    @CommandHandler
    BillingRun(StartBillingRun command) {
        check(command.runDate() != null, "date is required");
        apply(new BillingRunStarted(command.billingRunId(), command.runDate(), command.startedBy()));
    }

    @CommandHandler
    void handle(RecordBillingRunProgress command) {
        check(!finished && !failed, "billing run " + billingRunId + " is over and takes no more progress");
        if (command.afterId() <= afterId) {
            return;
        }
        check(command.counts().covers(counts), "the counts of a billing run only grow");
        apply(new BillingRunProgressed(billingRunId, command.afterId(), command.counts(), command.lastError()));
    }

    @CommandHandler
    void handle(FinishBillingRun command) {
        check(!failed, "billing run " + billingRunId + " failed and cannot finish");
        if (!finished) {
            check(command.counts().covers(counts), "the counts of a billing run only grow");
            apply(new BillingRunFinished(billingRunId, command.counts(), command.lastError()));
        }
    }

    @CommandHandler
    void handle(FailBillingRun command) {
        check(!finished, "billing run " + billingRunId + " finished and cannot fail");
        if (!failed) {
            apply(new BillingRunFailed(billingRunId, command.reason()));
        }
    }

    @EventSourcingHandler
    void on(BillingRunStarted event) {
        billingRunId = event.billingRunId();
        counts = BillingRunCounts.NONE;
    }

    @EventSourcingHandler
    void on(BillingRunProgressed event) {
        afterId = event.afterId();
        counts = event.counts();
    }

    @EventSourcingHandler
    void on(BillingRunFinished event) {
        counts = event.counts();
        finished = true;
    }

    @EventSourcingHandler
    void on(BillingRunFailed event) {
        failed = true;
    }
}
