package io.netledger.saga.provisioning;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A subscription's IP addresses by network, which of them is primary (the one the router knows), and a former
 * primary that may still be on the isolir list until the next router write removes it.
 */
record Addresses(Map<Long, String> byNetwork, Long primaryNetworkId, String stale) {

    static Addresses none() {
        return new Addresses(Map.of(), null, null);
    }

    /** The primary address, or null. */
    String primary() {
        return primaryNetworkId == null ? null : byNetwork.get(primaryNetworkId);
    }

    /** The first network assigned is the primary one. */
    Addresses assigned(long networkId, String ip) {
        return new Addresses(with(networkId, ip), primaryNetworkId == null ? networkId : primaryNetworkId, stale);
    }

    Addresses changed(long networkId, String ip) {
        return new Addresses(with(networkId, ip), primaryNetworkId, stale);
    }

    Addresses released(long networkId) {
        Map<Long, String> left = new LinkedHashMap<>(byNetwork);
        left.remove(networkId);
        return new Addresses(left, Objects.equals(primaryNetworkId, networkId) ? null : primaryNetworkId, stale);
    }

    Addresses primaryChosen(long networkId) {
        return new Addresses(byNetwork, networkId, stale);
    }

    /** After a change: the primary address before it, if it is no longer the primary, becomes stale. */
    Addresses movedFrom(String before) {
        return before != null && !before.equals(primary()) ? new Addresses(byNetwork, primaryNetworkId, before)
                : this;
    }

    /** The router was written: no stale entry left. */
    Addresses written() {
        return stale == null ? this : new Addresses(byNetwork, primaryNetworkId, null);
    }

    private Map<Long, String> with(long networkId, String ip) {
        Map<Long, String> next = new LinkedHashMap<>(byNetwork);
        next.put(networkId, ip);
        return next;
    }
}
