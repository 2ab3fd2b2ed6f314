package io.netledger.saga.reconciliation;

import io.netledger.api.BadRequest;
import io.netledger.api.Money;
import io.netledger.api.plan.BillingCycle;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What staff decide for an import, after reading its dry run. Every part may be left out.
 *
 * @param plans       per PPP profile on the router, the plan its secrets are sold: an existing one
 *                    ({@code servicePlanId}), or a new one made from the profile's rate limit with this
 *                    {@code price} (and {@code name}, {@code billingCycle}) unless an active plan's
 *                    {@code metadata.routerProfile} names the profile already (an earlier import made it): that
 *                    plan is used, so importing again makes no second one
 * @param activeUntil the end of the period imported customers are taken to have paid for; by default the end
 *                    of this month (of the next, on a month's last day)
 */
record ImportRequest(Map<String, PlanChoice> plans, LocalDate activeUntil) {

    static final ImportRequest DEFAULTS = new ImportRequest(Map.of(), null);

    ImportRequest {
        if (plans != null && plans.values().stream().anyMatch(Objects::isNull)) {
            throw new BadRequest("each entry of plans is an object with servicePlanId, or price and name");
        }
        plans = plans == null ? Map.of() : Map.copyOf(plans);
    }

    /** An existing plan, or the price of a new one. */
    record PlanChoice(Long servicePlanId, String name, Money price, BillingCycle billingCycle) {
    }
}
