package io.netledger.command.invoice;

import io.netledger.api.RuleViolation;
import io.netledger.api.invoice.BillingPeriod;
import io.netledger.command.claim.UniqueClaims;
import io.netledger.command.subscription.BillableSubscription;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The periods of a subscription that hold an invoice, as their claims record them ({@code <subscription>/<start>},
 * one per subscription and period, taken in the issuing transaction): the read model would lag behind an invoice
 * issued a moment ago. A cancelled invoice keeps its claim, so its period counts as billed.
 */
@Component
class InvoicedPeriods {

    static final String SCOPE = "invoice.period";

    private final UniqueClaims claims;

    InvoicedPeriods(UniqueClaims claims) {
        this.claims = claims;
    }

    static String key(long subscriptionId, LocalDate periodStart) {
        return subscriptionId + "/" + periodStart;
    }

    /**
     * Where the subscription's next invoice starts when staff do not say: the period after the last one invoiced,
     * or the subscription's start when none was. A custom cycle has no next period of its own after the first.
     */
    LocalDate nextUnbilled(BillableSubscription subscription) {
        Optional<LocalDate> last = latest(subscription.subscriptionId());
        if (last.isEmpty()) {
            return subscription.startDate();
        }
        return BillingPeriod.after(subscription.startDate(), subscription.billingCycle(), last.get())
                .orElseThrow(() -> new RuleViolation("periodStart is required: subscription "
                        + subscription.subscriptionId() + " is billed on a custom cycle and was invoiced up to the"
                        + " period from " + last.get()));
    }

    private Optional<LocalDate> latest(long subscriptionId) {
        String prefix = subscriptionId + "/";
        return claims.valuesStartingWith(SCOPE, prefix).stream()
                .map(value -> LocalDate.parse(value.substring(prefix.length())))
                .max(Comparator.naturalOrder());
    }
}
