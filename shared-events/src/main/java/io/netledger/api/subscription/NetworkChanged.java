package io.netledger.api.subscription;

import io.netledger.api.AuditAction;
import io.netledger.api.AuditModel;
import io.netledger.api.personal.DataSubject;
import io.netledger.api.personal.PersonalData;
import io.netledger.api.personal.SubjectKind;
import java.util.Map;

/** {@code customerId} is null only in events stored before it was added (issue #13's migration fills it in). */
@DataSubject(kind = SubjectKind.CUSTOMER, idField = "customerId")
@AuditModel(type = "CustomerNetwork", idField = "networkId")
@AuditAction("update")
public record NetworkChanged(
        long subscriptionId,
        long networkId,
        Long customerId,
        String ipAddress,
        @PersonalData String macAddress,
        String interfaceName,
        String vlanId,
        @PersonalData String description,
        Map<String, Object> networkConfig) {

    public static NetworkChanged of(long subscriptionId, long networkId, long customerId, NetworkSettings s) {
        return new NetworkChanged(subscriptionId, networkId, customerId, s.ipAddress(), s.macAddress(), s.interfaceName(),
                s.vlanId(), s.description(), s.networkConfig());
    }
}
