package io.netledger.api.genieacs;

import io.netledger.api.AuditAction;
import io.netledger.api.secret.Sealed;

@AuditAction("change_cpe_wifi")
public record CpeWifiChangeRequested(long subscriptionId, long pushId, String ssid, Sealed passphraseEncrypted) {
}
