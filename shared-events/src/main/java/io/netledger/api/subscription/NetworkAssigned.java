package io.netledger.api.subscription;

import io.netledger.api.AuditAction;
import io.netledger.api.AuditModel;
import io.netledger.api.personal.DataSubject;
import io.netledger.api.personal.PersonalData;
import io.netledger.api.personal.SubjectKind;
import java.util.Map;

@AuditModel(type = "CustomerNetwork", idField = "networkId")
@AuditAction("create")
@DataSubject(kind = SubjectKind.CUSTOMER, idField = "customerId")
public record NetworkAssigned(
        long subscriptionId,
        long networkId,
        long customerId,
        String ipAddress,
        @PersonalData String macAddress,
        String interfaceName,
        String vlanId,
        @PersonalData String description,
        Map<String, Object> networkConfig) {

    public static NetworkAssigned of(long subscriptionId, long networkId, long customerId, NetworkSettings s) {
        return new NetworkAssigned(subscriptionId, networkId, customerId, s.ipAddress(), s.macAddress(),
                s.interfaceName(), s.vlanId(), s.description(), s.networkConfig());
    }
}
