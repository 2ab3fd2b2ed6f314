package io.netledger.query.billing;

import io.netledger.api.billing.BillingRunCounts;
import io.netledger.api.billing.BillingRunStatus;
import io.netledger.api.billing.BillingRunView;
import io.netledger.query.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "billing_runs")
class BillingRunRow extends ProjectedRow {

    @Id
    private long id;
    private LocalDate runDate;
    private String status;
    private int total;
    private int issued;
    private int alreadyBilled;
    private int skipped;
    private int failed;
    private String lastError;
    private Long startedBy;
    private Instant startedAt;
    private Instant finishedAt;
    private long afterId;

    protected BillingRunRow() {
    }

    BillingRunRow(long id, LocalDate runDate, Long startedBy, Instant startedAt) {
        this.id = id;
        this.runDate = runDate;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.status = BillingRunStatus.RUNNING.value();
        markCreated();
    }

    @Override
    public Long getId() {
        return id;
    }

    /** The table keeps no version or change time: a run's own timestamps say when it started and ended. */
    @Override
    protected void touched(Instant at, long version) {
    }

    void progressed(long afterId, BillingRunCounts counts, String lastError) {
        this.afterId = afterId;
        counted(counts, lastError);
    }

    void finished(BillingRunCounts counts, String lastError, Instant at) {
        counted(counts, lastError);
        status = BillingRunStatus.FINISHED.value();
        finishedAt = at;
    }

    void failed(String reason, Instant at) {
        lastError = reason;
        status = BillingRunStatus.FAILED.value();
        finishedAt = at;
    }

    private void counted(BillingRunCounts counts, String lastError) {
        total = counts.total();
        issued = counts.issued();
        alreadyBilled = counts.alreadyBilled();
        skipped = counts.skipped();
        failed = counts.failed();
        this.lastError = lastError;
    }

    BillingRunView view() {
        return new BillingRunView(id, runDate, BillingRunStatus.fromValue(status),
                new BillingRunCounts(total, issued, alreadyBilled, skipped, failed), lastError, startedBy, startedAt,
                finishedAt);
    }
}
