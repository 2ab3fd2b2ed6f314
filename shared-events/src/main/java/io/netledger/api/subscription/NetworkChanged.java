package io.netledger.api.subscription;

import io.netledger.api.AuditAction;
import io.netledger.api.AuditModel;
import java.util.Map;

@AuditModel(type = "CustomerNetwork", idField = "networkId")
@AuditAction("update")
public record NetworkChanged(
        long subscriptionId,
        long networkId,
        String ipAddress,
        String macAddress,
        String interfaceName,
        String vlanId,
        String description,
        Map<String, Object> networkConfig) {

    public static NetworkChanged of(long subscriptionId, long networkId, NetworkSettings s) {
        return new NetworkChanged(subscriptionId, networkId, s.ipAddress(), s.macAddress(), s.interfaceName(),
                s.vlanId(), s.description(), s.networkConfig());
    }
}
