package io.netledger.api.subscription;

import io.netledger.api.AuditAction;
import io.netledger.api.personal.DataSubject;
import io.netledger.api.personal.PersonalData;
import io.netledger.api.personal.SubjectKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The subscription's account was found on its router, not put there by NetLedger: the router saga takes the
 * account as it is ({@code disabled} or not) instead of provisioning it. Comes right after
 * {@link SubscriptionCreated}, before the activation (and suspension) that give it the status it has on the
 * router.
 *
 * @param mikrotikConfig what else the router held when it was imported: profile, service
 * @param customerId     whose account it is; null only in events stored before it was added (issue #13's
 *                       migration fills it in)
 * @param comment        the account's comment on the router, where ISPs write the customer's name and address:
 *                       personal data, sealed apart from the rest of the configuration
 */
@DataSubject(kind = SubjectKind.CUSTOMER, idField = "customerId")
@AuditAction("import")
public record SubscriptionImported(
        long subscriptionId,
        long nasServerId,
        String mikrotikId,
        boolean disabled,
        Map<String, Object> mikrotikConfig,
        Long customerId,
        @PersonalData String comment) {

    /** The key the router's comment has in {@link #routerConfig()}, as RouterOS names it. */
    public static final String COMMENT = "comment";

    public SubscriptionImported {
        Map<String, Object> config = new LinkedHashMap<>(mikrotikConfig == null ? Map.of() : mikrotikConfig);
        // An event stored before the comment had a field of its own kept it in the configuration.
        Object kept = config.remove(COMMENT);
        if (comment == null && kept != null) {
            comment = kept.toString();
        }
        mikrotikConfig = Map.copyOf(config);
    }

    /** The import of {@code found}, the router's account as read (its comment among the rest). */
    public static SubscriptionImported of(long subscriptionId, long nasServerId, String mikrotikId, boolean disabled,
            Map<String, Object> found, long customerId) {
        return new SubscriptionImported(subscriptionId, nasServerId, mikrotikId, disabled, found, customerId, null);
    }

    /** What the router held, comment included, as the read model shows it. */
    public Map<String, Object> routerConfig() {
        Map<String, Object> config = new LinkedHashMap<>(mikrotikConfig);
        if (comment != null) {
            config.put(COMMENT, comment);
        }
        return config;
    }
}
