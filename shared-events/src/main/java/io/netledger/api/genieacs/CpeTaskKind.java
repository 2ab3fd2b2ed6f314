package io.netledger.api.genieacs;

import com.fasterxml.jackson.annotation.JsonValue;

/** What NetLedger asks a CPE to do; the WAN is disabled on a suspension when the integration says so. */
public enum CpeTaskKind {
    PPPOE_CREDENTIALS, WIFI, REBOOT, FACTORY_RESET, WAN_DISABLE, WAN_ENABLE;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
