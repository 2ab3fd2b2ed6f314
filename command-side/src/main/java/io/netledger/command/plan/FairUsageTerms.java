package io.netledger.command.plan;

import static io.netledger.api.RuleViolation.check;

import io.netledger.api.Text;
import io.netledger.api.plan.DataUnit;
import io.netledger.api.plan.PlanTerms;
import java.util.Map;
import java.util.Set;

/**
 * A plan's {@code metadata.fairUsage}, checked before it is stored: what its customers get once they reach its
 * data limit (ADR 0022), so that no plan reaches the routers with terms they cannot hold. Speeds are positive
 * whole kbps, the profile name one line; terms need a limit to apply at.
 */
final class FairUsageTerms {

    static final String KEY = "fairUsage";
    private static final Set<String> FIELDS = Set.of("downloadSpeed", "uploadSpeed", "routerProfile");
    private static final int MAX_PROFILE = 255;

    private FairUsageTerms() {
    }

    static void requireValid(PlanTerms plan) {
        Object terms = plan.metadata() == null ? null : plan.metadata().get(KEY);
        if (terms == null) {
            return;
        }
        check(terms instanceof Map<?, ?>, "metadata.fairUsage must be an object such as "
                + "{\"downloadSpeed\": 2000, \"uploadSpeed\": 1000}");
        Map<?, ?> fup = (Map<?, ?>) terms;
        check(plan.dataUnit() != DataUnit.UNLIMITED, "metadata.fairUsage needs a dataLimit to apply at");
        check(FIELDS.containsAll(fup.keySet()), "metadata.fairUsage takes only " + FIELDS);
        kbps(fup.get("downloadSpeed"), "downloadSpeed");
        kbps(fup.get("uploadSpeed"), "uploadSpeed");
        Object profile = fup.get("routerProfile");
        if (profile != null) {
            check(profile instanceof String name && !name.isBlank(),
                    "metadata.fairUsage.routerProfile must be a profile name");
            Text.line("metadata.fairUsage.routerProfile", (String) profile, MAX_PROFILE);
        }
    }

    private static void kbps(Object value, String name) {
        check(value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                        && number.doubleValue() >= 1 && number.doubleValue() <= Integer.MAX_VALUE,
                "metadata.fairUsage." + name + " must be a positive whole number of kbps");
    }
}
