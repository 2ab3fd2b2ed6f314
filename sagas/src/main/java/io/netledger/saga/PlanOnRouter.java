package io.netledger.saga;

import io.netledger.routeros.RateLimit;
import java.util.Map;

/**
 * What a service plan becomes on a router: its speeds as a rate limit, the kind of account, and the profile
 * that carries the limit. The profile is {@code metadata.routerProfile} when staff named one (to reuse a
 * router's existing profiles), otherwise one per speed pair, {@code netledger-10M-20M}, shared by plans with
 * the same speeds.
 *
 * <p>A plan with a data limit may say in {@code metadata.fairUsage} what its customers get once they reach it
 * in a billing period: lower speeds ({@code {"downloadSpeed": 2000, "uploadSpeed": 1000}}, kbps) on a profile
 * {@code netledger-fup-1M-2M}, or on the PPP profile it names ({@code "routerProfile": "fup-2M"}), which
 * NetLedger keeps at those speeds as it does a plan's own.
 *
 * @param fairUsage the plan while its fair-usage terms hold, or null when it has none
 */
public record PlanOnRouter(long planId, RateLimit rateLimit, ServiceKind service, String profile,
                           PlanOnRouter fairUsage) {

    public PlanOnRouter(long planId, RateLimit rateLimit, ServiceKind service, String profile) {
        this(planId, rateLimit, service, profile, null);
    }

    public static PlanOnRouter of(long planId, int uploadKbps, int downloadKbps, Map<String, Object> metadata) {
        RateLimit limit = new RateLimit(uploadKbps, downloadKbps);
        Map<String, Object> meta = metadata == null ? Map.of() : metadata;
        Object named = meta.get("routerProfile");
        String profile = named == null || named.toString().isBlank()
                ? "netledger-" + limit.toRouterOs().replace('/', '-')
                : named.toString().strip();
        ServiceKind service = ServiceKind.of(meta.get("service"));
        return new PlanOnRouter(planId, limit, service, profile, fairUsage(planId, limit, service, meta.get("fairUsage")));
    }

    /** The plan as the router must hold it, under its fair-usage terms or not. */
    public PlanOnRouter underFairUsage(boolean applied) {
        return applied && fairUsage != null ? fairUsage : this;
    }

    private static PlanOnRouter fairUsage(long planId, RateLimit normal, ServiceKind service, Object terms) {
        if (!(terms instanceof Map<?, ?> fup) || fup.isEmpty()) {
            return null;
        }
        RateLimit lower = new RateLimit(kbps(fup.get("uploadSpeed"), "uploadSpeed"),
                kbps(fup.get("downloadSpeed"), "downloadSpeed"));
        Object named = fup.get("routerProfile");
        String profile = named == null || named.toString().isBlank()
                ? "netledger-fup-" + lower.toRouterOs().replace('/', '-')
                : named.toString().strip();
        return new PlanOnRouter(planId, lower, service, profile, null);
    }

    private static int kbps(Object value, String name) {
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && number.longValue() > 0 && number.longValue() <= Integer.MAX_VALUE) {
            return number.intValue();
        }
        throw new IllegalArgumentException("metadata.fairUsage." + name + " must be a whole number of kbps, not "
                + value);
    }
}
