package io.netledger.saga;

import io.netledger.routeros.RateLimit;
import java.util.Map;

/**
 * What a service plan becomes on a router: its speeds as a rate limit, the kind of account, and the profile
 * that carries the limit. The profile is {@code metadata.routerProfile} when staff named one (to reuse a
 * router's existing profiles), otherwise one per speed pair, {@code netledger-10M-20M}, shared by plans with
 * the same speeds.
 */
public record PlanOnRouter(long planId, RateLimit rateLimit, ServiceKind service, String profile) {

    public static PlanOnRouter of(long planId, int uploadKbps, int downloadKbps, Map<String, Object> metadata) {
        RateLimit limit = new RateLimit(uploadKbps, downloadKbps);
        Map<String, Object> meta = metadata == null ? Map.of() : metadata;
        Object named = meta.get("routerProfile");
        String profile = named == null || named.toString().isBlank()
                ? "netledger-" + limit.toRouterOs().replace('/', '-')
                : named.toString().strip();
        return new PlanOnRouter(planId, limit, ServiceKind.of(meta.get("service")), profile);
    }
}
