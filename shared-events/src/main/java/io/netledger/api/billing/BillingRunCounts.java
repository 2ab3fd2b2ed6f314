package io.netledger.api.billing;

/**
 * What a billing run found and did: subscriptions walked ({@code total}), invoiced, found billed already for
 * the period, skipped (custom cycles, billed by hand) and failed. A run's counts only grow.
 */
public record BillingRunCounts(int total, int issued, int alreadyBilled, int skipped, int failed) {

    public static final BillingRunCounts NONE = new BillingRunCounts(0, 0, 0, 0, 0);

    /** Subscriptions the run is done with; the failed ones are not. */
    public int done() {
        return issued + alreadyBilled + skipped;
    }

    public BillingRunCounts plus(BillingRunCounts more) {
        return new BillingRunCounts(total + more.total, issued + more.issued, alreadyBilled + more.alreadyBilled,
                skipped + more.skipped, failed + more.failed);
    }

    /** True when no count is lower than in {@code earlier}. */
    public boolean covers(BillingRunCounts earlier) {
        return total >= earlier.total && issued >= earlier.issued && alreadyBilled >= earlier.alreadyBilled
                && skipped >= earlier.skipped && failed >= earlier.failed;
    }
}
