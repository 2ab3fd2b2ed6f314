package io.netledger.saga.reconciliation;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.netledger.api.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * What an import found on a router and did with it (or, on a dry run, would do): the plans its profiles map
 * to, the accounts imported, those already in NetLedger, and those that could not be imported and why.
 */
record ImportReport(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long nasServerId,
        boolean dryRun,
        int secretsFound,
        LocalDate activeUntil,
        List<PlanMapping> plans,
        List<Account> accounts,
        List<String> alreadyImported,
        List<Refusal> notImported) {

    /**
     * A profile's plan: {@code existing}, or {@code new} (created by this import, or to be on a dry run).
     *
     * @param servicePlanId null for a plan a dry run would create
     */
    record PlanMapping(String profile, String rateLimit, String plan,
            @JsonFormat(shape = JsonFormat.Shape.STRING) Long servicePlanId, String name, String price,
            int accounts) {
    }

    /** An account imported (ids set) or to be imported on a dry run (ids null). */
    record Account(String username, String customerName, String profile, String remoteAddress,
            SubscriptionStatus status,
            @JsonFormat(shape = JsonFormat.Shape.STRING) Long customerId,
            String customerCode,
            @JsonFormat(shape = JsonFormat.Shape.STRING) Long subscriptionId) {
    }

    record Refusal(String username, String reason) {
    }
}
