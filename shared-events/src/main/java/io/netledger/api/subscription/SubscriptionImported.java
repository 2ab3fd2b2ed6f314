package io.netledger.api.subscription;

import io.netledger.api.AuditAction;
import java.util.Map;

/**
 * The subscription's account was found on its router, not put there by NetLedger: the router saga takes the
 * account as it is ({@code disabled} or not) instead of provisioning it. Comes right after
 * {@link SubscriptionCreated}, before the activation (and suspension) that give it the status it has on the
 * router.
 *
 * @param mikrotikConfig what the router held when it was imported: profile, service, comment
 */
@AuditAction("import")
public record SubscriptionImported(
        long subscriptionId,
        long nasServerId,
        String mikrotikId,
        boolean disabled,
        Map<String, Object> mikrotikConfig) {

    public SubscriptionImported {
        mikrotikConfig = mikrotikConfig == null ? Map.of() : Map.copyOf(mikrotikConfig);
    }
}
