package io.netledger.api.provisioning;

import io.netledger.api.AuditAction;
import java.util.Map;

@AuditAction("sync")
public record SubscriptionRouterSynced(long subscriptionId, String mikrotikId, Map<String, Object> mikrotikConfig) {
}
