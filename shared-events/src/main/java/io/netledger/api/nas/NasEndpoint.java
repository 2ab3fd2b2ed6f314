package io.netledger.api.nas;

import io.netledger.api.secret.Sealed;

/** How to reach and log in to one NAS; the password stays sealed until the adapter connects. */
public record NasEndpoint(long nasId, String ipAddress, int port, String username, Sealed password, boolean tls,
                          ApiType apiType, boolean active) {
}
