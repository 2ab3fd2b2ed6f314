package io.netledger.api.subscription;

import io.netledger.api.AuditAction;
import io.netledger.api.AuditModel;
import java.util.Map;

@AuditModel(type = "CustomerNetwork", idField = "networkId")
@AuditAction("create")
public record NetworkAssigned(
        long subscriptionId,
        long networkId,
        long customerId,
        String ipAddress,
        String macAddress,
        String interfaceName,
        String vlanId,
        String description,
        Map<String, Object> networkConfig) {

    public static NetworkAssigned of(long subscriptionId, long networkId, long customerId, NetworkSettings s) {
        return new NetworkAssigned(subscriptionId, networkId, customerId, s.ipAddress(), s.macAddress(),
                s.interfaceName(), s.vlanId(), s.description(), s.networkConfig());
    }
}
