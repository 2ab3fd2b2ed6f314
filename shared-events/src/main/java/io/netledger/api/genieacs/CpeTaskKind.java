package io.netledger.api.genieacs;

import com.fasterxml.jackson.annotation.JsonValue;

/** What NetLedger asks a CPE to do. */
public enum CpeTaskKind {
    PPPOE_CREDENTIALS, WIFI, REBOOT, FACTORY_RESET;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }
}
